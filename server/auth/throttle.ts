import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { LIMITS } from "@/lib/limits";
import { forgive, recordFailure, refuseIfSpent } from "@/server/limits/limiter";
import { logger } from "@/server/logger";
import { mailer } from "@/server/mail/mailer";

const pair = (email: string, address: string) => `${email}|${address}`;

/** Throws TooManyRequests when this address, or this account from this address, failed too often. */
export async function refuseThrottledSignIn(db: Db, email: string, address: string): Promise<void> {
  await refuseIfSpent(db, "signInFailuresPerAddress", address);
  await refuseIfSpent(db, "signInFailuresPerAccountAndAddress", pair(email, address));
}

/** Counts a wrong password; at the tenth for one account within the hour, from anywhere, the owner is told. */
export async function recordSignInFailure(db: Db, email: string, address: string): Promise<void> {
  await recordFailure(db, "signInFailuresPerAddress", address);
  await recordFailure(db, "signInFailuresPerAccountAndAddress", pair(email, address));
  const failures = await recordFailure(db, "signInFailuresPerAccount", email);
  // Not awaited: the answer must take as long for an account that exists as for one that does not.
  if (failures === LIMITS.signInFailuresPerAccount.points) void warnOwner(db, email);
}

/** The right password from this address: its failures for this account are forgiven. */
export async function clearSignInFailures(db: Db, email: string, address: string): Promise<void> {
  await forgive(db, "signInFailuresPerAccountAndAddress", pair(email, address));
}

async function warnOwner(db: Db, email: string): Promise<void> {
  try {
    const [owner] = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (!owner) return;
    await mailer().send({
      to: owner.email,
      subject: "Repeated failed sign-ins to your Trajectory account",
      text: [
        `Someone entered a wrong password for ${owner.email} ${LIMITS.signInFailuresPerAccount.points} times within the last hour.`,
        "",
        "If it was you, nothing needs doing. If not, your password held: those addresses are slowed down,",
        "and you can still sign in as usual. If your password is short or used elsewhere, change it.",
      ].join("\n"),
    });
  } catch (error) {
    logger().warn({ err: error }, "could not send the failed sign-in warning");
  }
}
