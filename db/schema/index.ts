export * from "./account";
export * from "./interviews";
export * from "./projects";
export * from "./skills";
