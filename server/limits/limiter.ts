import "server-only";
import { createHash } from "node:crypto";
import Redis from "ioredis";
import {
  RateLimiterDrizzle,
  type RateLimiterAbstract,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { LIMITS, limitMessage, type LimitName } from "@/lib/limits";
import { TooManyRequests } from "@/lib/errors";
import { env } from "@/server/env";

/** Where the counters live: the app's database, or Redis when REDIS_URL is set; every instance on it counts together. */
export type LimitStore = Db | Redis;

const limiters = new WeakMap<LimitStore, Map<LimitName, RateLimiterAbstract>>();
const globalForRedis = globalThis as unknown as { trajectoryRedis?: Redis };

function storeOf(db: Db): LimitStore {
  const url = env().REDIS_URL;
  if (!url) return db;
  // A Redis that is down fails the request after one retry instead of holding it.
  globalForRedis.trajectoryRedis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  return globalForRedis.trajectoryRedis;
}

/** The limit as configured: a self-hoster may raise sign-ups (one office, one address). */
function ruleOf(name: LimitName): { points: number; seconds: number } {
  const settings = env();
  const points =
    (name === "signUpsPerAddress" && settings.SIGNUPS_PER_ADDRESS_PER_HOUR) ||
    (name === "signUpsEverywhere" && settings.SIGNUPS_PER_HOUR) ||
    LIMITS[name].points;
  return { points, seconds: LIMITS[name].seconds };
}

function limiterFor(store: LimitStore, name: LimitName): RateLimiterAbstract {
  let byName = limiters.get(store);
  if (!byName) limiters.set(store, (byName = new Map()));
  let limiter = byName.get(name);
  if (!limiter) {
    const rule = ruleOf(name);
    const options = { keyPrefix: name, points: rule.points, duration: rule.seconds };
    limiter =
      store instanceof Redis
        ? new RateLimiterRedis({ storeClient: store, ...options })
        : new RateLimiterDrizzle({ storeClient: store, schema: rateLimits, ...options });
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

/** The limit operations on one store; the app uses the functions below, which pick the configured store. */
export function limitsOn(store: LimitStore) {
  return {
    /** Counts one event, refusing with a 429 once the limit is passed. */
    async consume(name: LimitName, key: string, points = 1): Promise<void> {
      try {
        await limiterFor(store, name).consume(hashed(key), points);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refusal(name, error.msBeforeNext);
        throw error;
      }
    },
    /** For limits that count failures only: refuses if the key has used them all, without counting. */
    async refuseIfSpent(name: LimitName, key: string): Promise<void> {
      const state = await limiterFor(store, name).get(hashed(key));
      if (state && state.consumedPoints >= ruleOf(name).points) throw refusal(name, state.msBeforeNext);
    },
    /** Counts a failure; returns how many there are in the window now. */
    async recordFailure(name: LimitName, key: string): Promise<number> {
      return (await limiterFor(store, name).penalty(hashed(key), 1)).consumedPoints;
    },
    /** A success wipes the key's failures, e.g. the right password from this address. */
    async forgive(name: LimitName, key: string): Promise<void> {
      await limiterFor(store, name).delete(hashed(key));
    },
  };
}

export const consume = (db: Db, name: LimitName, key: string, points = 1) =>
  limitsOn(storeOf(db)).consume(name, key, points);
export const refuseIfSpent = (db: Db, name: LimitName, key: string) =>
  limitsOn(storeOf(db)).refuseIfSpent(name, key);
export const recordFailure = (db: Db, name: LimitName, key: string) =>
  limitsOn(storeOf(db)).recordFailure(name, key);
export const forgive = (db: Db, name: LimitName, key: string) => limitsOn(storeOf(db)).forgive(name, key);
