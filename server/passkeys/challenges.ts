import "server-only";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passkeyChallenges } from "@/db/schema";
import { CHALLENGE_LIFETIME_MS } from "@/lib/passkeys/rules";

/**
 * Keeps a challenge until its answer comes back: in the database, so any instance can check the answer.
 * `userId` is the person adding a passkey, null for a sign-in. Expired challenges of anyone go at the same time.
 */
export async function saveChallenge(
  db: Db,
  challenge: string,
  userId: string | null,
  now: Date,
): Promise<string> {
  await db.delete(passkeyChallenges).where(lt(passkeyChallenges.expiresAt, now));
  const [row] = await db
    .insert(passkeyChallenges)
    .values({ challenge, userId, expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS) })
    .returning({ id: passkeyChallenges.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/**
 * Takes the challenge out in one statement, so of two answers racing on any instances only one gets it.
 * Null when it is unknown, already used, expired, or was made for someone else (or for a sign-in).
 */
export async function consumeChallenge(
  db: Db,
  id: string,
  userId: string | null,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .delete(passkeyChallenges)
    .where(
      and(
        eq(passkeyChallenges.id, id),
        userId === null ? isNull(passkeyChallenges.userId) : eq(passkeyChallenges.userId, userId),
        gt(passkeyChallenges.expiresAt, now),
      ),
    )
    .returning({ challenge: passkeyChallenges.challenge });
  return row?.challenge ?? null;
}
