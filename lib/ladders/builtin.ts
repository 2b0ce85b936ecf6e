/**
 * The built-in ladder, from the seed's "Skill Expectations by Experience Level" table
 * (../shared/seed/000_aa806d2299f069f1.txt). db/migrations/0003_builtin_ladder.sql inserts exactly this
 * (generated from it by a throwaway tsx script); tests/integration/ladders-builtin.test.ts keeps them equal.
 *
 * Expected proficiency (1 Awareness, 2 Foundational, 3 Working knowledge, 4 Practitioner, 5 Expert).
 * The seed gives words, not numbers, so we chose them by one rule:
 * - baseline: Entry 2, Mid 3, Senior 4 for every core skill (each level is one step up the scale);
 * - one step higher where the level's row makes the skill its focus or a named expectation beyond basics:
 *   Mid "Complex API design" (APIs 4) and "Optimize databases" (Database Design 4);
 *   Senior "mentor others" (Team Collaboration 5) and "Lead technical decisions" (Problem-solving 5);
 * - one step lower where Entry's row is silent and the skill is mostly learned on the job:
 *   Server Management 1 and Security Practices 1 at Entry;
 * - situational skills are optional (never a gap): Awareness at Mid, Foundational at Senior, nothing at Entry.
 * | competency          | Entry | Mid | Senior |
 * | programming         | 2     | 3   | 4      |
 * | database-design     | 2     | 4   | 4      |
 * | apis                | 2     | 4   | 4      |
 * | server-management   | 1     | 3   | 4      |
 * | security            | 1     | 3   | 4      |
 * | version-control     | 2     | 3   | 4      |
 * | testing             | 2     | 3   | 4      |
 * | problem-solving     | 2     | 3   | 5      |
 * | team-collaboration  | 2     | 3   | 5      |
 * | situational (×6)    | –     | 1   | 2      |
 */
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import type { NormalizedLadder } from "./ladder";

/** The built-in ladder's slug (migration 0003). */
export const BUILTIN_LADDER_SLUG = "backend-developer-2026";

/** The seed's "Commonly Overrated or Optional Skills": built-in skills too, so competencies can point at them. */
export const SITUATIONAL_SKILLS = [
  { slug: "situational-devops", name: "DevOps practices", large: true },
  { slug: "situational-message-queues", name: "Message queues", large: true },
  { slug: "situational-search-engines", name: "Search engines (e.g. Elasticsearch)", large: true },
  { slug: "situational-caching", name: "Caching strategies", large: false },
  { slug: "situational-blockchain", name: "Blockchain", large: false },
  { slug: "situational-machine-learning", name: "Machine learning basics", large: false },
].map(({ slug, name, large }) => ({
  slug,
  name,
  kind: "technical" as const,
  description: large
    ? "Situational: useful for large-scale systems but not always necessary for smaller projects."
    : "Situational: valuable for specialized roles.",
}));

type Cell = readonly [level: number, text: string];
/** Per core skill: [Entry, Mid, Senior] expectations, in the seed's words where the seed has them. */
const CORE: Record<string, readonly [Cell, Cell, Cell]> = {
  programming: [
    [2, "Basic programming proficiency in one backend language."],
    [3, "Writes efficient, maintainable code for complex APIs; tunes performance."],
    [4, "Code that scales with the system's architecture; sets the standard for others."],
  ],
  "database-design": [
    [2, "Understands database fundamentals."],
    [4, "Optimizes databases: schemas and queries that perform at scale."],
    [4, "Designs data storage for scalable systems."],
  ],
  apis: [
    [2, "Develops simple APIs."],
    [4, "Complex API design."],
    [4, "Designs APIs as part of scalable system architecture."],
  ],
  "server-management": [
    [1, "Aware of how services are deployed and run."],
    [3, "Understands microservices; tunes performance."],
    [4, "Designs scalable systems and their operation."],
  ],
  security: [
    [1, "Aware of common threats and secure coding basics."],
    [3, "Implements security."],
    [4, "Ensures security."],
  ],
  "version-control": [
    [2, "Uses version control."],
    [3, "Keeps a structured branching strategy in a team."],
    [4, "Sets the team's version-control practices."],
  ],
  testing: [
    [2, "Writes unit tests for their own features."],
    [3, "Chooses test coverage and edge cases for complex features."],
    [4, "Sets testing strategy for scalable systems."],
  ],
  "problem-solving": [
    [2, "Resolves well-defined issues with guidance."],
    [3, "Resolves complex issues independently."],
    [5, "Leads technical decisions."],
  ],
  "team-collaboration": [
    [2, "Works effectively within the team; asks for and takes feedback."],
    [3, "Shares knowledge across the team and with neighbouring teams."],
    [5, "Mentors others."],
  ],
};

const LEVEL_KEYS = ["entry", "mid", "senior"] as const;

export const BUILTIN_LADDER: NormalizedLadder = {
  name: "Backend Developer (2026 guide)",
  summary:
    "Skill expectations by experience level for backend developers, from the 2026 guide to backend developer skills.",
  source: "builtin",
  levels: [
    {
      key: "entry",
      name: "Entry",
      focus: "Basic programming proficiency",
      summary: "Develop simple APIs, understand database fundamentals, use version control",
    },
    {
      key: "mid",
      name: "Mid",
      focus: "Complex API design",
      summary: "Optimize databases, implement security, understand microservices, tune performance",
    },
    {
      key: "senior",
      name: "Senior",
      focus: "System architecture",
      summary: "Lead technical decisions, design scalable systems, mentor others, ensure security",
    },
  ],
  themes: [
    {
      key: "technical",
      name: "Technical skills",
      summary: "The seven technical skills essential for backend developers.",
    },
    { key: "soft", name: "Soft skills", summary: "The soft skills that drive promotion and leadership." },
  ],
  competencies: [
    ...BUILTIN_SKILLS.map((skill) => ({
      key: skill.slug,
      name: skill.name,
      description: skill.description,
      kind: skill.kind,
      themeKey: skill.kind === "soft" ? "soft" : "technical",
      optional: false,
    })),
    ...SITUATIONAL_SKILLS.map((skill) => ({
      key: skill.slug,
      name: skill.name,
      description: skill.description,
      kind: skill.kind,
      themeKey: "technical",
      optional: true,
    })),
  ],
  expectations: [
    ...Object.entries(CORE).flatMap(([competencyKey, cells]) =>
      cells.map(([expectedLevel, text], index) => ({
        levelKey: LEVEL_KEYS[index] ?? "entry",
        competencyKey,
        expectedLevel,
        text,
      })),
    ),
    ...SITUATIONAL_SKILLS.flatMap((skill) => [
      { levelKey: "mid", competencyKey: skill.slug, expectedLevel: 1, text: "Knows when it is needed." },
      {
        levelKey: "senior",
        competencyKey: skill.slug,
        expectedLevel: 2,
        text: "Can apply it when the system needs it.",
      },
    ]),
  ],
};
