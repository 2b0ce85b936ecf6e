import { proficiencyName } from "@/lib/skills/catalogue";
import { type BulletOutcome, bulletFor } from "@/lib/projects/bullets";

/**
 * The JSON Resume export (https://jsonresume.org/schema, resume-schema 1.0.0). Decisions:
 * - `work`: one entry per employer, from the projects that name a company (grouped by the trimmed name, any
 *   case). The position is the role on the most recent project there; the dates span its projects, with no
 *   end date while one is ongoing; the highlights are those projects' outcome bullets, newest project first,
 *   so themes that render only `work` still show the numbers.
 * - `projects`: every live project, newest first; `entity` is the employer, `roles` the role,
 *   `keywords` the technologies, `highlights` one bullet per recorded outcome (the resume bullets of
 *   projects-bullets.ts, so a confidential outcome says "(figures confidential)" and quotes no number).
 * - `skills`: each skill with a self rating; `level` is the latest self rating's name ("Practitioner"),
 *   `keywords` the technologies of the projects tagged with it. Mentor-only ratings are left out.
 * - `basics.label`: the goal's current level and its ladder, when a goal names one.
 */
const RESUME_SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

export interface ResumeProjectSource {
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  technologies: readonly string[];
  skillIds: readonly string[];
  /** In the project's own order (position). */
  outcomes: readonly BulletOutcome[];
}

interface ResumeSkillSource {
  id: string;
  name: string;
  /** The latest self rating, 1 to 5. */
  level: number;
}

export interface ResumeSource {
  name: string | null;
  email: string;
  currentLevel: { level: string; ladder: string } | null;
  projects: readonly ResumeProjectSource[];
  skills: readonly ResumeSkillSource[];
  generatedAt: Date;
}

interface ResumeWork {
  name: string;
  position: string;
  startDate: string;
  endDate?: string;
  summary: string;
  highlights: string[];
}

interface ResumeProject {
  name: string;
  description: string;
  startDate: string;
  endDate?: string;
  roles: string[];
  entity?: string;
  keywords: string[];
  highlights: string[];
}

interface ResumeSkill {
  name: string;
  level: string;
  keywords: string[];
}

export interface Resume {
  $schema: string;
  basics: { name?: string; label?: string; email: string };
  work: ResumeWork[];
  projects: ResumeProject[];
  skills: ResumeSkill[];
  meta: { version: string; lastModified: string };
}

/** Newest first: later start, then later (or no) end, then title, so the order never depends on the query. */
function newestFirst(a: ResumeProjectSource, b: ResumeProjectSource): number {
  if (a.startedOn !== b.startedOn) return a.startedOn < b.startedOn ? 1 : -1;
  const endA = a.endedOn ?? "9999-12-31";
  const endB = b.endedOn ?? "9999-12-31";
  if (endA !== endB) return endA < endB ? 1 : -1;
  return a.title.localeCompare(b.title);
}

/** Case-insensitive, de-duplicated, first spelling kept, sorted. */
export function uniqueWords(words: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const word of words) {
    const trimmed = word.trim();
    const key = trimmed.toLowerCase();
    if (trimmed && !byKey.has(key)) byKey.set(key, trimmed);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

const endOf = (endDate: string | null) => (endDate ? { endDate } : {});

function projectEntry(project: ResumeProjectSource): ResumeProject {
  const company = project.company?.trim();
  return {
    name: project.title,
    description: project.description,
    startDate: project.startedOn,
    ...endOf(project.endedOn),
    roles: [project.role],
    ...(company ? { entity: company } : {}),
    keywords: [...project.technologies],
    highlights: project.outcomes.map(bulletFor),
  };
}

/** One work entry per employer; `projects` newest first. */
function workEntries(projects: readonly ResumeProjectSource[]): ResumeWork[] {
  const groups = new Map<string, ResumeProjectSource[]>();
  for (const project of projects) {
    const key = project.company?.trim().toLowerCase();
    if (key) groups.set(key, [...(groups.get(key) ?? []), project]);
  }
  return [...groups.values()].flatMap((group) => {
    const [latest] = group;
    if (!latest) return [];
    const startDate = group.reduce((min, p) => (p.startedOn < min ? p.startedOn : min), latest.startedOn);
    const ongoing = group.some((p) => p.endedOn === null);
    const endDate = ongoing
      ? null
      : group.reduce((max, p) => (p.endedOn !== null && p.endedOn > max ? p.endedOn : max), "");
    return [
      {
        name: latest.company?.trim() ?? "",
        position: latest.role,
        startDate,
        ...endOf(endDate),
        summary: `Projects: ${group.map((p) => p.title).join("; ")}.`,
        highlights: group.flatMap((p) => p.outcomes.map(bulletFor)),
      },
    ];
  });
}

/** Skills by level, highest first, then name; keywords from the projects tagged with each. */
function skillEntries(
  skills: readonly ResumeSkillSource[],
  projects: readonly ResumeProjectSource[],
): ResumeSkill[] {
  return [...skills]
    .sort((a, b) => b.level - a.level || a.name.localeCompare(b.name))
    .map((skill) => ({
      name: skill.name,
      level: proficiencyName(skill.level),
      keywords: uniqueWords(
        projects.filter((p) => p.skillIds.includes(skill.id)).flatMap((p) => p.technologies),
      ),
    }));
}

export function buildResume(source: ResumeSource): Resume {
  const projects = [...source.projects].sort(newestFirst);
  const name = source.name?.trim();
  const label = source.currentLevel ? `${source.currentLevel.level} — ${source.currentLevel.ladder}` : "";
  return {
    $schema: RESUME_SCHEMA_URL,
    basics: { ...(name ? { name } : {}), ...(label ? { label } : {}), email: source.email },
    work: workEntries(projects),
    projects: projects.map(projectEntry),
    skills: skillEntries(source.skills, source.projects),
    meta: { version: "v1.0.0", lastModified: source.generatedAt.toISOString().slice(0, 19) },
  };
}
