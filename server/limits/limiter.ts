import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterDrizzle, type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { LIMITS, limitMessage, type LimitName } from "@/lib/limits";
import { TooManyRequests } from "@/lib/errors";
import { env } from "@/server/env";

// One limiter per database and limit: the database is the store, so every instance on it counts together.
const limiters = new WeakMap<Db, Map<LimitName, RateLimiterAbstract>>();

/** The limit as configured: a self-hoster may raise sign-ups (one office, one address). */
function ruleOf(name: LimitName): { points: number; seconds: number } {
  const settings = env();
  const points =
    (name === "signUpsPerAddress" && settings.SIGNUPS_PER_ADDRESS_PER_HOUR) ||
    (name === "signUpsEverywhere" && settings.SIGNUPS_PER_HOUR) ||
    LIMITS[name].points;
  return { points, seconds: LIMITS[name].seconds };
}

function limiterFor(db: Db, name: LimitName): RateLimiterAbstract {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let limiter = byName.get(name);
  if (!limiter) {
    const rule = ruleOf(name);
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: name,
      points: rule.points,
      duration: rule.seconds,
    });
    byName.set(name, limiter);
  }
  return limiter;
}

/** Keys hold emails and addresses: the store keeps only their hash. */
const hashed = (key: string) => createHash("sha256").update(key).digest("base64url");

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function refusal(name: LimitName, ms: number): TooManyRequests {
  const seconds = secondsOf(ms);
  return new TooManyRequests(seconds, limitMessage(name, seconds));
}

/** Counts one event, refusing with a 429 once the limit is passed. */
export async function consume(db: Db, name: LimitName, key: string, points = 1): Promise<void> {
  try {
    await limiterFor(db, name).consume(hashed(key), points);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw refusal(name, error.msBeforeNext);
    throw error;
  }
}

/** For limits that count failures only: refuses if the key has used them all, without counting. */
export async function refuseIfSpent(db: Db, name: LimitName, key: string): Promise<void> {
  const state = await limiterFor(db, name).get(hashed(key));
  if (state && state.consumedPoints >= ruleOf(name).points) throw refusal(name, state.msBeforeNext);
}

/** Counts a failure; returns how many there are in the window now. */
export async function recordFailure(db: Db, name: LimitName, key: string): Promise<number> {
  const state = await limiterFor(db, name).penalty(hashed(key), 1);
  return state.consumedPoints;
}

/** A success wipes the key's failures, e.g. the right password from this address. */
export async function forgive(db: Db, name: LimitName, key: string): Promise<void> {
  await limiterFor(db, name).delete(hashed(key));
}
