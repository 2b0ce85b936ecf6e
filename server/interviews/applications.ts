import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, rounds } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { groupByStatus, type ApplicationStatus } from "@/lib/interviews/rules";
import { revealCompany } from "@/lib/mentoring/masking";
import { toPage } from "@/lib/paging/cursor";
import { canRestore } from "@/lib/undo";
import { Conflict, NotFound } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import type {
  CreateApplicationInput,
  ListApplicationsInput,
  UpdateApplicationInput,
  ViewByIdInput,
} from "@/lib/interviews/inputs";
import {
  applicationColumns,
  applicationViewColumns,
  interviewsView,
  liveApplications,
  ownApplication,
  TOO_LATE_TO_UNDO,
} from "./access";
import { roundsOfApplication } from "./rounds";
import { afterCursor } from "@/server/paging/keyset";
import { requireReadable } from "@/server/mentoring/access";

/** Just above the first card of the column, so a new or re-filed card shows at the top. */
const topOf = (actor: Actor, status: ApplicationStatus) => sql<number>`coalesce((
  select min(${applications.boardPosition}) from ${applications}
  where ${applications.userId} = ${actor.userId} and ${applications.status} = ${status}
    and ${applications.deletedAt} is null), 1) - 1`;

export async function createApplication(db: Db, actor: Actor, input: CreateApplicationInput) {
  const [created] = await db
    .insert(applications)
    .values({ ...input, userId: actor.userId, boardPosition: topOf(actor, input.status) })
    .returning(applicationColumns);
  if (!created) throw new NotFound("application");
  return created;
}

export async function updateApplication(db: Db, actor: Actor, input: UpdateApplicationInput) {
  const { id, ...values } = input;
  const [updated] = await db
    .update(applications)
    .set({
      ...values,
      // A status change re-files the card at the top of its new column; otherwise it keeps its place.
      boardPosition: sql`case when ${applications.status} = ${values.status} then ${applications.boardPosition}
        else (${topOf(actor, values.status)}) end`,
      updatedAt: new Date(),
    })
    .where(ownApplication(actor, id))
    .returning(applicationColumns);
  if (!updated) throw new NotFound("application");
  return updated;
}

/** The reader's (or, under the interviews scope, their mentee's) applications, newest first. */
export async function listApplications(db: Db, actor: Actor, input: ListApplicationsInput) {
  const view = interviewsView(actor, input.menteeId);
  await requireReadable(db, view.access);
  const rows = await db
    .select(applicationViewColumns(view))
    .from(applications)
    .where(
      and(
        liveApplications(view.access),
        input.status ? eq(applications.status, input.status) : undefined,
        afterCursor(applications.createdAt, applications.id, input.cursor),
      ),
    )
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit);
  return { items: page.items.map(revealCompany), nextCursor: page.nextCursor };
}

// Spelled out: drizzle leaves selected columns unqualified, which would make this subquery compare rounds.id.
const liveRoundCount = sql<number>`(select count(*)::int from ${rounds}
  where ${rounds}.application_id = ${applications}.id and ${rounds}.deleted_at is null)`;

/** Every live application in one query, split into the seven columns by position. */
export async function board(db: Db, actor: Actor, input: ViewInput = {}) {
  const view = interviewsView(actor, input.menteeId);
  await requireReadable(db, view.access);
  const rows = await db
    .select({ ...applicationViewColumns(view), roundCount: liveRoundCount })
    .from(applications)
    .where(liveApplications(view.access))
    .orderBy(asc(applications.boardPosition), desc(applications.createdAt), asc(applications.id));
  return groupByStatus(rows.map((row) => ({ ...revealCompany(row), roundCount: Number(row.roundCount) })));
}

export async function applicationById(db: Db, actor: Actor, input: ViewByIdInput) {
  const view = interviewsView(actor, input.menteeId);
  const [application] = await db
    .select(applicationViewColumns(view))
    .from(applications)
    .where(and(eq(applications.id, input.id), liveApplications(view.access)));
  if (!application) throw new NotFound("application");
  return { ...revealCompany(application), rounds: await roundsOfApplication(db, view.access, input.id) };
}

export async function deleteApplication(db: Db, actor: Actor, id: string) {
  const [deleted] = await db
    .update(applications)
    .set({ deletedAt: new Date() })
    .where(ownApplication(actor, id))
    .returning({ id: applications.id, deletedAt: applications.deletedAt });
  if (!deleted) throw new NotFound("application");
  return deleted;
}

export async function restoreApplication(db: Db, actor: Actor, id: string) {
  const mine = and(eq(applications.id, id), eq(applications.userId, actor.userId));
  const [row] = await db.select({ deletedAt: applications.deletedAt }).from(applications).where(mine);
  if (!row) throw new NotFound("application");
  if (row.deletedAt === null) return { id };
  if (!canRestore(row.deletedAt, new Date())) throw new Conflict(TOO_LATE_TO_UNDO);
  await db.update(applications).set({ deletedAt: null }).where(mine);
  return { id };
}
