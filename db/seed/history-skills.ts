import {
  type DemoAssessment,
  type DemoEvidence,
  type DemoProject,
  HISTORY_DAYS,
  type Rng,
} from "./history-core";
import { BASELINE, DIP, FLAT, PROFILES, type SkillProfile, UP } from "./history-profiles";
import { addDays } from "@/lib/dates";

export { DEMO_OWN_SKILLS } from "./history-profiles";

/** Level changes between consecutive assessments: the rises at random steps, plus maybe a dip and its recovery. */
function stepChanges(rng: Rng, steps: number, profile: SkillProfile): number[] {
  const changes = new Array<number>(steps).fill(0);
  const rises = Math.min(profile.end - profile.start, steps);
  for (const index of rng.sample([...changes.keys()], rises)) changes[index] = 1;
  if (!profile.dips) return changes;
  const levelBefore = (index: number) =>
    profile.start + changes.slice(0, index).reduce((sum, c) => sum + c, 0);
  const flats = [...changes.keys()].filter((index) => changes[index] === 0);
  const pairs = flats.flatMap((dip) =>
    levelBefore(dip) >= 2 && dip > 0
      ? flats.filter((back) => back > dip).map((back) => [dip, back] as const)
      : [],
  );
  if (pairs.length === 0) return changes;
  const [dip, back] = rng.pick(pairs);
  changes[dip] = -1;
  changes[back] = 1;
  return changes;
}

function evidenceFor(
  rng: Rng,
  profile: SkillProfile,
  assessedOn: string,
  change: number,
  projects: readonly DemoProject[],
): { evidence: DemoEvidence[]; project: DemoProject | null } {
  const started = projects.filter((p) => p.skills.includes(profile.skill) && p.startedOn <= assessedOn);
  const project = started.at(-1);
  const evidence: DemoEvidence[] = [];
  if (project && change >= 0 && rng.chance(change > 0 ? 0.7 : 0.15)) {
    evidence.push({ kind: "project", projectKey: project.key });
  }
  if (profile.urls.length > 0 && rng.chance(change > 0 ? 0.3 : 0.1)) {
    evidence.push({ kind: "url", url: rng.pick(profile.urls) });
  }
  const cited = evidence.some((item) => item.kind === "project") ? (project ?? null) : null;
  return { evidence, project: cited };
}

function noteFor(
  rng: Rng,
  profile: SkillProfile,
  change: number,
  first: boolean,
  project: DemoProject | null,
) {
  if (project && change > 0) return `${project.title}: owned the ${rng.pick(profile.topics)} part.`;
  if (change === 0 && !first && rng.chance(0.3)) return null;
  const template = first
    ? (BASELINE[profile.start] ?? rng.pick(FLAT))
    : rng.pick(change > 0 ? UP : change < 0 ? DIP : FLAT);
  return template.replace("{topic}", rng.pick(profile.topics));
}

/** Every skill assessed from about eighteen months ago, every one to three months, ending at or before today. */
export function buildAssessments(
  rng: Rng,
  today: string,
  projects: readonly DemoProject[],
): DemoAssessment[] {
  const start = addDays(today, -HISTORY_DAYS);
  return PROFILES.flatMap((profile) => {
    const dates: string[] = [];
    let day = addDays(start, profile.firstDay + rng.int(0, 10));
    while (day <= today) {
      dates.push(day);
      day = addDays(day, rng.int(28, 92));
    }
    const changes = stepChanges(rng, dates.length - 1, profile);
    let level = profile.start;
    return dates.map((assessedOn, index): DemoAssessment => {
      const change = index === 0 ? 0 : (changes[index - 1] ?? 0);
      level += change;
      const { evidence, project } =
        index === 0
          ? { evidence: [], project: null }
          : evidenceFor(rng, profile, assessedOn, change, projects);
      const note = noteFor(rng, profile, change, index === 0, project);
      return { skill: profile.skill, level, assessedOn, note, evidence };
    });
  });
}
