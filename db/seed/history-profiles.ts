import type { DemoOwnSkill, DemoSkillRef } from "./history-core";

/** The demo's skill stories: where each starts and ends, what the notes talk about, what links back them up. */

export const DEMO_OWN_SKILLS: readonly DemoOwnSkill[] = [
  {
    key: "own:docker",
    name: "Docker",
    kind: "tool",
    description: "Images, multi-stage builds, compose files.",
  },
  {
    key: "own:postgresql",
    name: "PostgreSQL",
    kind: "tool",
    description: "Query plans, indexes, migrations.",
  },
  {
    key: "own:kubernetes",
    name: "Kubernetes",
    kind: "tool",
    description: "Deployments, probes, autoscaling.",
  },
];

export interface SkillProfile {
  skill: DemoSkillRef;
  start: number;
  /** Where the skill ends up today; always above `start`. */
  end: number;
  /** A dip (overrated, then corrected) is part of this skill's story. */
  dips: boolean;
  /** Days after the history starts of the first assessment. */
  firstDay: number;
  topics: readonly string[];
  urls: readonly string[];
}

const GITHUB = "https://github.com/trajectory-demo";
const BLOG = "https://notes.trajectory-demo.dev";

const profile = (
  skill: DemoSkillRef,
  [start, end, firstDay]: [number, number, number],
  dips: boolean,
  topics: string[],
  urls: string[] = [],
): SkillProfile => ({ skill, start, end, dips, firstDay, topics, urls });

export const PROFILES: readonly SkillProfile[] = [
  profile(
    "programming",
    [2, 4, 0],
    true,
    ["async code in Node.js", "profiling slow endpoints", "Python typing"],
    [`${GITHUB}/rate-limiter`],
  ),
  profile(
    "database-design",
    [1, 4, 0],
    true,
    ["indexing strategy", "schema migrations", "modelling ledgers"],
    [`${BLOG}/partial-indexes-in-postgres`],
  ),
  profile(
    "apis",
    [2, 4, 0],
    false,
    ["REST pagination", "GraphQL schemas", "API versioning"],
    [`${GITHUB}/partner-api-spec`],
  ),
  profile("server-management", [1, 3, 0], false, [
    "Nginx configuration",
    "capacity planning",
    "on-call runbooks",
  ]),
  profile(
    "security",
    [1, 3, 0],
    false,
    ["secrets handling", "the OWASP top ten", "threat modelling"],
    [`${BLOG}/rotating-secrets-without-downtime`],
  ),
  profile("version-control", [2, 3, 0], false, ["rebasing", "release branches", "bisecting regressions"]),
  profile(
    "testing",
    [1, 4, 0],
    false,
    ["integration tests", "contract tests", "test data factories"],
    [`${GITHUB}/contract-tests-example`],
  ),
  profile("problem-solving", [2, 4, 0], true, [
    "timed coding problems",
    "production debugging",
    "breaking problems down",
  ]),
  profile("team-collaboration", [2, 4, 0], false, [
    "code review",
    "writing design docs",
    "mentoring a new hire",
  ]),
  profile(
    "own:docker",
    [1, 4, 14],
    false,
    ["multi-stage builds", "image size", "compose setups"],
    [`${BLOG}/smaller-docker-images`],
  ),
  profile("own:postgresql", [1, 4, 7], false, ["EXPLAIN ANALYZE", "vacuum and bloat", "locking"]),
  profile("own:kubernetes", [1, 3, 35], true, ["probes and rollouts", "resource limits", "Helm charts"]),
];

/** The first assessment's note by its level. */
export const BASELINE: Partial<Record<number, string>> = {
  1: "Baseline: read about {topic}, little hands-on work.",
  2: "Starting point: some real work with {topic}, still with a lot of help.",
};
export const UP = [
  "Handled {topic} on my own for the first time.",
  "Got comfortable with {topic} on real work.",
  "Reviewed others' {topic} work and caught real issues.",
  "Can now explain {topic} to a colleague.",
];
export const FLAT = [
  "No real change; other work took priority.",
  "Still shaky on {topic}.",
  "Steady. Need a project that stretches {topic}.",
];
export const DIP = [
  "Overrated myself last time; a mock interview exposed gaps in {topic}.",
  "Rusty on {topic} after months away from it.",
];
