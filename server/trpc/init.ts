import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import type { Actor, SessionClaims } from "../actor";
import { DomainError } from "../errors";
import { z } from "zod";
import { actorForSession } from "../services/account";
import { auditTrail, type Defer } from "../services/audit";
import { fieldErrorsOf, publicMessage, toTRPCError } from "./errors";

export interface ContextInput {
  db: Db;
  session: SessionClaims | null;
  requestId?: string;
  log?: Logger;
  /** Where mentor reads are logged after the response; tests leave it out and the row is written at once. */
  defer?: Defer;
}

/** The context without HTTP: tests build it directly and call the router through createCaller. */
export function createContextInner({ db, session, requestId = "internal", log, defer }: ContextInput) {
  return { db, session, requestId, log, audit: auditTrail(db, requestId, defer, log) };
}
export type Context = ReturnType<typeof createContextInner>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Only code, status, path and field messages reach clients: never stacks or SQL.
  errorFormatter: ({ shape, error }) => ({
    code: shape.code,
    message: publicMessage(error),
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      fieldErrors: fieldErrorsOf(error.cause),
    },
  }),
});

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

/** One structured line per call; the request id comes from the context's child logger. */
const logCalls = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  ctx.log?.info(
    {
      path,
      type,
      durationMs: Math.round(performance.now() - started),
      ok: result.ok,
      code: result.ok ? undefined : result.error.code,
    },
    "trpc call",
  );
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(logCalls).use(mapDomainErrors);

/** Signed in, and the token's session version still matches the database. */
const requireSession = t.middleware(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in to continue" });
  const actor = await actorForSession(ctx.db, ctx.session);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "your session has ended; sign in again" });
  return next({ ctx: { ...ctx, actor: { ...actor, requestId: ctx.requestId } } });
});

const menteeInput = z.object({ menteeId: z.uuid() });

/** Every successful call on a mentee's data (an input with someone else's `menteeId`) lands in their audit log. */
const auditMentorReads = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const result = await next();
  const actor = (ctx as { actor?: Actor }).actor;
  if (!result.ok || !actor) return result;
  const parsed = menteeInput.safeParse(await getRawInput());
  if (parsed.success && parsed.data.menteeId !== actor.userId)
    await ctx.audit.read({
      menteeId: parsed.data.menteeId,
      actorId: actor.userId,
      action: `${type === "query" ? "read" : "write"} ${path}`,
    });
  return result;
});

export const protectedProcedure = publicProcedure.use(requireSession).use(auditMentorReads);
