export * from "./account";
export * from "./interviews";
export * from "./ladders";
export * from "./mentoring";
export * from "./projects";
export * from "./salaries";
export * from "./skills";
