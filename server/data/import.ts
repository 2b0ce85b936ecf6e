import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  careerGoals,
  compensation,
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  ladderThemes,
  projectOutcomes,
  projects,
  projectSkills,
  reviewComments,
  roundCompetencies,
  rounds,
  skills,
  users,
} from "@/db/schema";
import { eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Actor } from "@/server/auth/actor";
import {
  type AccountExport,
  type ImportAccountResult,
  type ImportProblem,
  isUuid,
  MAX_REPORTED_PROBLEMS,
  type TableCount,
} from "@/lib/data/account-file";
import { checkShape, parseImportText } from "@/lib/data/parse";
import { checkReferences } from "@/lib/data/refs";
import type { ImportAccountInput } from "@/lib/data/inputs";
import { planComments } from "./comments";
import { chunks } from "./ids";
import { existingLinks, hasGoal, type Installed, loadBuiltins, placeAll, profileOf } from "./plan";
import { buildRows } from "./rows";

export { exportAccount } from "./export";
export type { ImportAccountResult };

const refused = (errors: ImportProblem[]): ImportAccountResult => ({
  ok: false,
  errors: errors.slice(0, MAX_REPORTED_PROBLEMS),
  totalErrors: errors.length,
});

/**
 * Checks the whole file (shape, then references), then in one transaction places every id, and unless this is a
 * dry run writes the rows the account lacks. Any problem: nothing is written and the problems name their place.
 */
export async function importAccount(
  db: Db,
  actor: Actor,
  input: ImportAccountInput,
): Promise<ImportAccountResult> {
  const parsed =
    typeof input.document === "string" ? parseImportText(input.document) : checkShape(input.document);
  if (!parsed.ok) return refused(parsed.errors);
  const doc = parsed.document;
  const installed = await loadBuiltins(db);
  const problems = checkReferences(doc, installed.builtins);
  if (!validTimeZone(doc.profile.timeZone))
    problems.push({ path: "profile.timeZone", message: "not a known time zone" });
  if (problems.length > 0) return refused(problems);
  try {
    return await db.transaction(async (tx) => {
      // One import per account at a time: a second waits, then finds the first one's rows as duplicates.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import:${actor.userId}`}, 0))`);
      const result = await planAndWrite(tx, actor.userId, doc, installed, input.dryRun);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Rolls the transaction back while carrying the report out. */
class Refused extends Error {
  constructor(readonly result: ImportAccountResult) {
    super("import refused");
  }
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function planAndWrite(tx: Tx, me: string, doc: AccountExport, installed: Installed, dryRun: boolean) {
  const place = await placeAll(tx, me, doc, installed);
  if (place.problems.length > 0) return refused(place.problems);
  const mapped = (kind: "projects" | "rounds" | "ladderLevels", ids: string[]) =>
    ids.map((id) => place.of(kind, id).id);
  const rows = buildRows(doc, me, place, {
    projectSkills: await existingLinks(
      tx,
      "projectSkills",
      mapped(
        "projects",
        doc.projects.map((p) => p.id),
      ),
    ),
    roundCompetencies: await existingLinks(
      tx,
      "roundCompetencies",
      mapped(
        "rounds",
        doc.applications.flatMap((a) => a.rounds.map((r) => r.id)),
      ),
    ),
    expectations: await existingLinks(
      tx,
      "expectations",
      mapped(
        "ladderLevels",
        doc.ladders.flatMap((l) => l.levels.map((v) => v.id)),
      ),
    ),
  });
  const comments = await planComments(tx, me, doc, place);
  const goal = doc.goal && !(await hasGoal(tx, me)) ? goalRow(doc.goal, me, place, installed, doc) : null;
  const current = await profileOf(tx, me);
  const profile = [
    ...(current?.name !== doc.profile.name ? ["name"] : []),
    ...(current?.timeZone !== doc.profile.timeZone ? ["timeZone"] : []),
  ];
  const counts: Record<string, TableCount> = {};
  for (const [table, { created, skipped }] of Object.entries(rows))
    counts[table] = { create: created.length, skip: skipped };
  counts.goal = { create: goal ? 1 : 0, skip: doc.goal && !goal ? 1 : 0 };
  counts.comments = { create: comments.created.length, skip: comments.skipped };
  if (!dryRun) {
    const writes: [PgTable, object[]][] = [
      [skills, rows.skills.created],
      [projects, rows.projects.created],
      [projectSkills, rows.projectSkills.created],
      [projectOutcomes, rows.outcomes.created],
      [applications, rows.applications.created],
      [rounds, rows.rounds.created],
      [roundCompetencies, rows.roundCompetencies.created],
      [assessments, rows.assessments.created],
      [assessmentEvidence, rows.evidence.created],
      [ladders, rows.ladders.created],
      [ladderLevels, rows.ladderLevels.created],
      [ladderThemes, rows.ladderThemes.created],
      [ladderCompetencies, rows.ladderCompetencies.created],
      [ladderExpectations, rows.ladderExpectations.created],
      [careerGoals, goal ? [goal] : []],
      [compensation, rows.compensation.created],
      [reviewComments, comments.created],
    ];
    for (const [table, list] of writes) for (const part of chunks(list)) await tx.insert(table).values(part);
    if (profile.length > 0)
      await tx
        .update(users)
        .set({ name: doc.profile.name, timeZone: doc.profile.timeZone, updatedAt: new Date() })
        .where(eq(users.id, me));
  }
  return { ok: true as const, dryRun, counts, profile, notes: comments.notes };
}

function goalRow(
  goal: NonNullable<AccountExport["goal"]>,
  userId: string,
  place: Awaited<ReturnType<typeof placeAll>>,
  installed: Installed,
  doc: AccountExport,
) {
  const fileLadder = isUuid(goal.ladderId) ? doc.ladders.find((l) => l.id === goal.ladderId) : undefined;
  const ladderId = fileLadder
    ? place.of("ladders", fileLadder.id).id
    : installed.ladderIds.get(goal.ladderId);
  if (!ladderId) return null;
  const levelOf = (key: string | null) => {
    if (key === null) return null;
    const level = fileLadder?.levels.find((l) => l.key === key);
    if (level) return place.of("ladderLevels", level.id).id;
    return installed.levelIds.get(goal.ladderId)?.get(key) ?? null;
  };
  return {
    userId,
    ladderId,
    currentLevelId: levelOf(goal.currentLevelKey),
    targetLevelId: levelOf(goal.targetLevelKey),
    targetDate: goal.targetDate,
  };
}
