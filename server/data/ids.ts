import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  compensation,
  ladderCompetencies,
  ladderLevels,
  ladders,
  ladderThemes,
  projectOutcomes,
  projects,
  reviewComments,
  rounds,
  skills,
} from "@/db/schema";
import { importedId } from "./stable-ids";

const CHUNK = 1_000;
export const chunks = <T>(rows: T[]) =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** Each kind of row with an id, and the column naming who owns it (ladder parts: the ladder's owner). */
const OWNED = {
  skills: { id: skills.id, owner: skills.userId },
  assessments: { id: assessments.id, owner: assessments.userId },
  evidence: { id: assessmentEvidence.id, owner: assessmentEvidence.userId },
  projects: { id: projects.id, owner: projects.userId },
  outcomes: { id: projectOutcomes.id, owner: projectOutcomes.userId },
  applications: { id: applications.id, owner: applications.userId },
  rounds: { id: rounds.id, owner: rounds.userId },
  ladders: { id: ladders.id, owner: ladders.userId },
  ladderLevels: { id: ladderLevels.id, owner: ladders.userId, via: ladderLevels.ladderId },
  ladderThemes: { id: ladderThemes.id, owner: ladders.userId, via: ladderThemes.ladderId },
  ladderCompetencies: { id: ladderCompetencies.id, owner: ladders.userId, via: ladderCompetencies.ladderId },
  compensation: { id: compensation.id, owner: compensation.userId },
  comments: { id: reviewComments.id, owner: reviewComments.authorId },
} satisfies Record<string, { id: PgColumn; owner: PgColumn; via?: PgColumn }>;
export type IdKind = keyof typeof OWNED;

/** Who owns each of these ids today (null: built in); ids nobody uses are absent. */
async function ownersOf(db: DbOrTx, kind: IdKind, ids: string[]): Promise<Map<string, string | null>> {
  const spec: { id: PgColumn; owner: PgColumn; via?: PgColumn } = OWNED[kind];
  const owners = new Map<string, string | null>();
  for (const part of chunks(ids)) {
    const base = db.select({ id: spec.id, owner: spec.owner }).from(spec.id.table);
    const query = spec.via ? base.innerJoin(ladders, eq(ladders.id, spec.via)) : base;
    for (const row of await query.where(inArray(spec.id, part)))
      owners.set(String(row.id), row.owner === null ? null : String(row.owner));
  }
  return owners;
}

/** A file id's place in this account: the id it has here, and whether that row already exists (a duplicate). */
export interface Placed {
  id: string;
  exists: boolean;
}

/**
 * Keeps a file id nobody uses; a row already the account's is a duplicate; an id another user (or a built-in)
 * holds is remapped to importedId(account, id), never overwritten or linked. Returns collisions it cannot place.
 */
export async function placeIds(
  db: DbOrTx,
  accountId: string,
  kind: IdKind,
  fileIds: string[],
): Promise<{ placed: Map<string, Placed>; collisions: string[] }> {
  const placed = new Map<string, Placed>();
  const owners = await ownersOf(db, kind, fileIds);
  const remapped: string[] = [];
  for (const id of fileIds) {
    if (!owners.has(id)) placed.set(id, { id, exists: false });
    else if (owners.get(id) === accountId) placed.set(id, { id, exists: true });
    else remapped.push(id);
  }
  const derived = remapped.map((id) => importedId(accountId, id));
  const derivedOwners = await ownersOf(db, kind, derived);
  const collisions: string[] = [];
  remapped.forEach((id, i) => {
    const next = derived[i] ?? importedId(accountId, id);
    if (!derivedOwners.has(next)) placed.set(id, { id: next, exists: false });
    else if (derivedOwners.get(next) === accountId) placed.set(id, { id: next, exists: true });
    else collisions.push(id);
  });
  return { placed, collisions };
}
