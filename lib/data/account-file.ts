/** The whole-account export format (docs/account-export.md, docs/account-export.schema.json), version 1. */
import type { ApplicationStatus, RoundOutcome } from "@/lib/interviews/rules";
import type { BulletOutcome } from "@/lib/projects/bullets";
import { type ReviewSubject } from "@/lib/reviews/rules";

export const EXPORT_FORMAT = "trajectory-account";
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are parsed; Next.js hands a route at most 10 MB of body by default. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_MEGABYTES = IMPORT_MAX_BYTES / 1024 / 1024;
/** Enough problems to fix a file without flooding the page. */
export const MAX_REPORTED_PROBLEMS = 50;

/** A row of the file by id, or a built-in skill or ladder by its slug. */
type Ref = string;

interface ExportSkill {
  id: string;
  name: string;
  kind: "technical" | "soft" | "tool";
  description: string | null;
  createdAt: string;
}
interface ExportEvidence {
  id: string;
  kind: "project" | "round" | "url";
  projectId: string | null;
  roundId: string | null;
  url: string | null;
}
interface ExportAssessment {
  id: string;
  skillId: Ref;
  level: number;
  note: string | null;
  assessedOn: string;
  createdAt: string;
  evidence: ExportEvidence[];
}
interface ExportOutcome extends BulletOutcome {
  id: string;
  position: number;
  createdAt: string;
}
interface ExportProject {
  id: string;
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  technologies: string[];
  createdAt: string;
  skillIds: Ref[];
  outcomes: ExportOutcome[];
}
interface ExportRound {
  id: string;
  stage: string;
  scheduledAt: string | null;
  outcome: RoundOutcome;
  selfRating: number | null;
  feedback: string | null;
  feedbackRequested: boolean;
  failureReasons: string[];
  followUpOn: string | null;
  createdAt: string;
  competencySkillIds: Ref[];
}
interface ExportApplication {
  id: string;
  company: string;
  role: string;
  levelApplied: string | null;
  channel: string | null;
  appliedOn: string;
  status: ApplicationStatus;
  boardPosition: number;
  offerBaseMinor: number | null;
  offerBonusMinor: number | null;
  offerEquityMinor: number | null;
  offerCurrency: string | null;
  levelOffered: string | null;
  notes: string | null;
  createdAt: string;
  rounds: ExportRound[];
}
export interface ExportLadder {
  id: string;
  name: string;
  summary: string | null;
  source: "ft-yaml" | "monzo-markdown" | "trajectory-json";
  sourceName: string | null;
  licence: string | null;
  createdAt: string;
  levels: {
    id: string;
    key: string;
    name: string;
    position: number;
    focus: string | null;
    summary: string | null;
  }[];
  themes: { id: string; key: string; name: string; summary: string | null; position: number }[];
  competencies: {
    id: string;
    themeId: string | null;
    key: string;
    name: string;
    description: string | null;
    kind: "technical" | "soft" | "other";
    optional: boolean;
    skillId: Ref;
    position: number;
  }[];
  expectations: { levelId: string; competencyId: string; expectedLevel: number; text: string }[];
}
interface ExportGoal {
  ladderId: Ref;
  currentLevelKey: string | null;
  targetLevelKey: string | null;
  targetDate: string | null;
}
interface ExportCompensation {
  id: string;
  baseMinor: number;
  bonusMinor: number | null;
  equityMinor: number | null;
  currency: string;
  region: string;
  effectiveOn: string;
  createdAt: string;
}
export interface ExportComment {
  id: string;
  role: "mentee" | "mentor";
  counterpartEmail: string;
  subjectType: ReviewSubject;
  subjectId: Ref | null;
  body: string;
  createdAt: string;
}
export type AccountExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profile: { name: string | null; email: string; timeZone: string };
  skills: ExportSkill[];
  assessments: ExportAssessment[];
  projects: ExportProject[];
  applications: ExportApplication[];
  ladders: ExportLadder[];
  goal: ExportGoal | null;
  compensation: ExportCompensation[];
  comments: ExportComment[];
};

/** One problem with an import file: where (a JSON path such as `projects[3].skillIds[1]`) and what. */
export interface ImportProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface TableCount {
  create: number;
  skip: number;
}

/** A refused file's problems, or per table what is (or would be) created and skipped as a duplicate. */
export type ImportAccountResult =
  | { ok: false; errors: ImportProblem[]; totalErrors: number }
  | {
      ok: true;
      dryRun: boolean;
      counts: Record<string, TableCount>;
      /** Profile fields the import sets (name, timeZone). */
      profile: string[];
      /** Rows skipped for a reason other than being a duplicate. */
      notes: string[];
    };

/** What each count is, in the words of the import report. */
export const IMPORT_TABLE_LABELS: Record<string, string> = {
  skills: "Skills",
  assessments: "Self-assessments",
  evidence: "Evidence",
  projects: "Projects",
  projectSkills: "Project skills",
  outcomes: "Project outcomes",
  applications: "Applications",
  rounds: "Interview rounds",
  roundCompetencies: "Round competencies",
  ladders: "Ladders",
  ladderLevels: "Ladder levels",
  ladderThemes: "Ladder themes",
  ladderCompetencies: "Ladder competencies",
  ladderExpectations: "Ladder expectations",
  goal: "Goal",
  compensation: "Compensation",
  comments: "Comments",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** Export order: by creation time, then id, so two exports of the same data are identical. */
export function byCreation<T extends { createdAt: string; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) =>
    a.createdAt === b.createdAt ? compare(a.id, b.id) : compare(a.createdAt, b.createdAt),
  );
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join("");
}
