import "server-only";
import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { compensation } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { currencyDigits, majorToMinor, minorToMajor } from "@/lib/money";
import { Invalid } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import type { CompensationInput } from "@/lib/salaries/inputs";
import { requireReadable, type ReadAccess } from "@/server/mentoring/access";
import { payAccess } from "./bands";

/** The reader's latest compensation, or null: a mentor's only under the compensation scope. */
export async function getCompensation(db: DbOrTx, actor: Actor, input: ViewInput = {}) {
  const access = payAccess(actor, input.menteeId);
  await requireReadable(db, access);
  return latestCompensation(db, access);
}

/** The owner's latest pay, read under the access condition. */
export async function latestCompensation(db: DbOrTx, access: ReadAccess) {
  const [row] = await db
    .select()
    .from(compensation)
    .where(access(compensation.userId))
    .orderBy(desc(compensation.effectiveOn), desc(compensation.createdAt))
    .limit(1);
  if (!row) return null;
  const digits = currencyDigits(row.currency);
  const major = (minor: number | null) => (minor === null ? "" : minorToMajor(minor, digits));
  return {
    ...row,
    base: major(row.baseMinor),
    bonus: major(row.bonusMinor),
    equity: major(row.equityMinor),
  };
}

/** Records pay from a date on; earlier records stay as history. */
export async function setCompensation(db: DbOrTx, actor: Actor, input: CompensationInput) {
  const digits = currencyDigits(input.currency);
  const minor = (text: string) => (text === "" ? null : majorToMinor(text, digits));
  const baseMinor = minor(input.base);
  if (baseMinor === null) throw new Invalid("base", "enter your base pay");
  await db.insert(compensation).values({
    userId: actor.userId,
    baseMinor,
    bonusMinor: minor(input.bonus),
    equityMinor: minor(input.equity),
    currency: input.currency,
    region: input.region,
    effectiveOn: input.effectiveOn,
  });
  return latestCompensation(db, payAccess(actor));
}
