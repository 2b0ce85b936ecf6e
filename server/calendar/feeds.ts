import "server-only";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { and, asc, eq, gte, isNotNull, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, calendarFeeds, rounds, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { buildFeed, feedWindow } from "@/lib/calendar/feed";
import { dateIn } from "@/lib/dates";
import { feedTokenParam } from "@/lib/calendar/inputs";

/** Only the hash is stored, so a leaked database cannot be used to read anyone's calendar. */

const activeFeedOf = (userId: string) =>
  and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt));

/** Whether the actor has a live feed, and when it was made and last fetched; never the token. */
export async function feedStatus(db: Db, actor: Actor) {
  const [feed] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastFetchedAt: calendarFeeds.lastFetchedAt })
    .from(calendarFeeds)
    .where(activeFeedOf(actor.userId));
  return feed
    ? { exists: true as const, ...feed }
    : { exists: false as const, createdAt: null, lastFetchedAt: null };
}

/** A new feed URL, shown once; the previous one stops working in the same transaction. */
export async function createFeed(db: Db, actor: Actor, appUrl: string) {
  const token = newSecretToken();
  await db.transaction(async (tx) => {
    await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(activeFeedOf(actor.userId));
    await tx.insert(calendarFeeds).values({ userId: actor.userId, tokenHash: hashSecretToken(token) });
  });
  return { url: `${appUrl}/api/calendar/${token}.ics` };
}

export async function revokeFeed(db: Db, actor: Actor) {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(activeFeedOf(actor.userId))
    .returning({ id: calendarFeeds.id });
  return { revoked: revoked.length > 0 };
}

/** The ICS text for a live token, or null for anything else (malformed, unknown, revoked): callers answer 404. */
export async function feedForToken(db: Db, rawToken: string, appUrl: string, now = new Date()) {
  const parsed = feedTokenParam.safeParse(rawToken);
  if (!parsed.success) return null;
  const [feed] = await db
    .update(calendarFeeds)
    .set({ lastFetchedAt: now })
    .where(and(eq(calendarFeeds.tokenHash, hashSecretToken(parsed.data)), isNull(calendarFeeds.revokedAt)))
    .returning({ userId: calendarFeeds.userId });
  if (!feed) return null;
  const [owner] = await db
    .select({ timeZone: users.timeZone, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, feed.userId));
  // A disabled account publishes nothing; its feed works again once an admin enables it.
  if (!owner || owner.disabledAt) return null;
  const { since, sinceDay } = feedWindow(now, dateIn(now, owner.timeZone));
  const rows = await db
    .select({
      id: rounds.id,
      applicationId: rounds.applicationId,
      company: applications.company,
      role: applications.role,
      stage: rounds.stage,
      scheduledAt: rounds.scheduledAt,
      followUpOn: rounds.followUpOn,
      outcome: rounds.outcome,
      updatedAt: rounds.updatedAt,
    })
    .from(rounds)
    .innerJoin(
      applications,
      and(
        eq(applications.id, rounds.applicationId),
        eq(applications.userId, feed.userId),
        isNull(applications.deletedAt),
      ),
    )
    .where(
      and(
        eq(rounds.userId, feed.userId),
        isNull(rounds.deletedAt),
        or(
          and(isNotNull(rounds.scheduledAt), gte(rounds.scheduledAt, since)),
          and(isNotNull(rounds.followUpOn), gte(rounds.followUpOn, sinceDay)),
        ),
      ),
    )
    .orderBy(asc(rounds.scheduledAt), asc(rounds.id));
  // A follow-up keeps its round in the query; the round itself is shown only when it is recent enough.
  const inWindow = rows.map((row) => ({
    ...row,
    scheduledAt: row.scheduledAt && row.scheduledAt >= since ? row.scheduledAt : null,
    followUpOn: row.followUpOn && row.followUpOn >= sinceDay ? row.followUpOn : null,
  }));
  return buildFeed(inWindow, appUrl, now);
}
