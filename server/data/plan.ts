import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  careerGoals,
  ladderExpectations,
  ladderLevels,
  ladders,
  projectSkills,
  roundCompetencies,
  skills,
  users,
} from "@/db/schema";
import type { AccountExport, ImportProblem } from "@/lib/data/account-file";
import { isUuid } from "@/lib/data/account-file";
import type { Builtins } from "@/lib/data/refs";
import { chunks, type IdKind, type Placed, placeIds } from "./ids";

/** Built-in skills and ladders (with level keys and ids) of this installation. */
export async function loadBuiltins(db: DbOrTx) {
  const skillRows = await db
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(isNull(skills.userId));
  const levelRows = await db
    .select({ ladderId: ladders.id, slug: ladders.slug, levelId: ladderLevels.id, key: ladderLevels.key })
    .from(ladders)
    .leftJoin(ladderLevels, eq(ladderLevels.ladderId, ladders.id))
    .where(and(isNull(ladders.userId), isNull(ladders.deletedAt)));
  const skillIds = new Map(skillRows.flatMap((s) => (s.slug ? [[s.slug, s.id] as const] : [])));
  const ladderIds = new Map<string, string>();
  const levelIds = new Map<string, Map<string, string>>();
  for (const row of levelRows) {
    if (!row.slug) continue;
    ladderIds.set(row.slug, row.ladderId);
    const levels = levelIds.get(row.slug) ?? new Map<string, string>();
    if (row.key && row.levelId) levels.set(row.key, row.levelId);
    levelIds.set(row.slug, levels);
  }
  const builtins: Builtins = {
    skillSlugs: new Set(skillIds.keys()),
    ladderLevels: new Map([...levelIds].map(([slug, levels]) => [slug, new Set(levels.keys())])),
  };
  return { builtins, skillIds, ladderIds, levelIds };
}
export type Installed = Awaited<ReturnType<typeof loadBuiltins>>;

/** Where every file id lands in this account, per kind of row. */
export interface Placement {
  of: (kind: IdKind, fileId: string) => Placed;
  skill: (ref: string) => string;
  problems: ImportProblem[];
}

/** Places every id of the file; skills also match the account's own skills by name (a duplicate then). */
export async function placeAll(
  db: DbOrTx,
  accountId: string,
  doc: AccountExport,
  installed: Installed,
): Promise<Placement> {
  const ladderParts = <K extends "levels" | "themes" | "competencies">(key: K) =>
    doc.ladders.flatMap((l) => l[key].map((p) => p.id));
  const lists: Record<IdKind, string[]> = {
    skills: doc.skills.map((s) => s.id),
    assessments: doc.assessments.map((a) => a.id),
    evidence: doc.assessments.flatMap((a) => a.evidence.map((e) => e.id)),
    projects: doc.projects.map((p) => p.id),
    outcomes: doc.projects.flatMap((p) => p.outcomes.map((o) => o.id)),
    applications: doc.applications.map((a) => a.id),
    rounds: doc.applications.flatMap((a) => a.rounds.map((r) => r.id)),
    ladders: doc.ladders.map((l) => l.id),
    ladderLevels: ladderParts("levels"),
    ladderThemes: ladderParts("themes"),
    ladderCompetencies: ladderParts("competencies"),
    compensation: doc.compensation.map((c) => c.id),
    comments: doc.comments.map((c) => c.id),
  };
  const maps = new Map<IdKind, Map<string, Placed>>();
  const problems: ImportProblem[] = [];
  for (const kind of Object.keys(lists) as IdKind[]) {
    const { placed, collisions } = await placeIds(db, accountId, kind, lists[kind]);
    maps.set(kind, placed);
    for (const id of collisions)
      problems.push({ path: kind, message: `id ${id} cannot be placed in this account` });
  }
  const byName = await ownSkillsByName(
    db,
    accountId,
    doc.skills.map((s) => s.name),
  );
  const skillMap = maps.get("skills") ?? new Map<string, Placed>();
  for (const skill of doc.skills) {
    const same = byName.get(skill.name.trim().toLowerCase());
    const placed = skillMap.get(skill.id);
    if (same && placed?.id !== same) skillMap.set(skill.id, { id: same, exists: true });
  }
  const of = (kind: IdKind, fileId: string): Placed => {
    const placed = maps.get(kind)?.get(fileId);
    if (!placed) throw new Error(`${kind} ${fileId} was not placed`);
    return placed;
  };
  const skill = (ref: string) => (isUuid(ref) ? of("skills", ref).id : (installed.skillIds.get(ref) ?? ref));
  return { of, skill, problems };
}

async function ownSkillsByName(db: DbOrTx, accountId: string, names: string[]) {
  const lowered = [...new Set(names.map((n) => n.trim().toLowerCase()))];
  const found = new Map<string, string>();
  for (const part of chunks(lowered)) {
    const rows = await db
      .select({ id: skills.id, lower: sql<string>`lower(${skills.name})` })
      .from(skills)
      .where(and(eq(skills.userId, accountId), inArray(sql`lower(${skills.name})`, part)));
    for (const row of rows) found.set(row.lower, row.id);
  }
  return found;
}

/** Which of these (parent, skill) links the account already has. */
export async function existingLinks(
  db: DbOrTx,
  table: "projectSkills" | "roundCompetencies" | "expectations",
  parentIds: string[],
) {
  const keys = new Set<string>();
  for (const part of chunks([...new Set(parentIds)])) {
    const rows =
      table === "projectSkills"
        ? await db
            .select({ a: projectSkills.projectId, b: projectSkills.skillId })
            .from(projectSkills)
            .where(inArray(projectSkills.projectId, part))
        : table === "roundCompetencies"
          ? await db
              .select({ a: roundCompetencies.roundId, b: roundCompetencies.skillId })
              .from(roundCompetencies)
              .where(inArray(roundCompetencies.roundId, part))
          : await db
              .select({ a: ladderExpectations.levelId, b: ladderExpectations.competencyId })
              .from(ladderExpectations)
              .where(inArray(ladderExpectations.levelId, part));
    for (const row of rows) keys.add(`${row.a}/${row.b}`);
  }
  return keys;
}

export async function hasGoal(db: DbOrTx, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ id: careerGoals.userId })
    .from(careerGoals)
    .where(eq(careerGoals.userId, accountId));
  return rows.length > 0;
}

export async function profileOf(db: DbOrTx, accountId: string) {
  const [row] = await db
    .select({ name: users.name, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, accountId));
  return row ?? null;
}
