/**
 * Eighteen months of believable history for the demo account, so every chart means something on first start.
 * Pure and deterministic: the same `today` and seed always give the same data, with client-side keys
 * ("p3", "a12", "own:docker") for cross references that the seeding service turns into ids.
 */
import { createRng, type DemoHistory } from "./history-core";
import { buildProjects } from "./history-projects";
import { buildApplications } from "./history-rounds";
import { buildAssessments, DEMO_OWN_SKILLS } from "./history-skills";
import { addDays } from "@/lib/dates";

export type { DemoHistory } from "./history-core";

/** `today` is "YYYY-MM-DD" in the user's time zone; nothing is dated after it except upcoming interviews. */
export function buildDemoHistory(today: string, seed = 2026): DemoHistory {
  addDays(today, 0); // Throws on anything that is not a calendar date.
  // One stream per part, so reshaping one part leaves the others as they were.
  const projects = buildProjects(createRng(seed), today);
  return {
    ownSkills: DEMO_OWN_SKILLS.map((skill) => ({ ...skill })),
    assessments: buildAssessments(createRng(seed + 1), today, projects),
    projects,
    applications: buildApplications(createRng(seed + 2), today),
  };
}
