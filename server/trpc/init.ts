import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import type { Actor, SessionClaims } from "@/server/auth/actor";
import { DomainError } from "@/lib/errors";
import { z } from "zod";
import { scopeAllows, type TokenScope } from "@/lib/api-tokens/rules";
import { actorForSession } from "@/server/account/sessions";
import { auditTrail, type Defer } from "@/server/mentoring/audit";
import { actorForToken, type TokenGrant } from "@/server/api-tokens/tokens";
import { fieldErrorsOf, publicMessage, toTRPCError } from "./errors";

export interface ContextInput {
  db: Db;
  session: SessionClaims | null;
  /** The credential of an `Authorization: Bearer` header (REST API); when present the session is not used. */
  bearerToken?: string | null;
  /** The bearer token already looked up (the REST handler limits by its id first), to skip a second lookup. */
  tokenGrant?: TokenGrant | null;
  requestId?: string;
  /** The client's address (see server/http/client-address.ts), for limits keyed by it. */
  address?: string;
  /** The origin the browser addressed (requestOriginOf), which passkeys are bound to unless AUTH_URL is set. */
  origin?: string;
  log?: Logger;
  /** Where mentor reads are logged after the response; tests leave it out and the row is written at once. */
  defer?: Defer;
}

/** The context without HTTP: tests build it directly and call the router through createCaller. */
export function createContextInner({
  db,
  session,
  bearerToken = null,
  tokenGrant = null,
  requestId = "internal",
  address = "unknown",
  origin,
  log,
  defer,
}: ContextInput) {
  return {
    db,
    session,
    bearerToken,
    tokenGrant,
    requestId,
    address,
    origin,
    log,
    audit: auditTrail(db, requestId, defer, log),
  };
}
type Context = ReturnType<typeof createContextInner>;

/** Optional documentation for the REST API; every procedure is exposed whether or not it has any. */
export interface ProcedureMeta {
  openapi?: { summary?: string; description?: string };
  /** Set by sessionOnlyProcedure, so the API document can say the procedure refuses tokens. */
  sessionOnly?: boolean;
  /** Left out of the REST API and its document: admin procedures, which a token can never call. */
  internal?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
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
const publicProcedure = t.procedure.use(logCalls).use(mapDomainErrors);

export const READ_ONLY_TOKEN_MESSAGE =
  "this token can only read; create a read and write token to make changes";

/**
 * Signed in through one of two doors: a session whose row still exists, or an
 * unrevoked personal access token of an existing user. `tokenScope` is null for a browser session.
 */
const requireSession = t.middleware(async ({ ctx, type, next }) => {
  if (ctx.bearerToken !== null) {
    const grant = ctx.tokenGrant ?? (await actorForToken(ctx.db, ctx.bearerToken));
    if (!grant) throw new TRPCError({ code: "UNAUTHORIZED", message: "this token is unknown or revoked" });
    if (!scopeAllows(grant.scope, type))
      throw new TRPCError({ code: "FORBIDDEN", message: READ_ONLY_TOKEN_MESSAGE });
    const tokenScope: TokenScope | null = grant.scope;
    return next({ ctx: { ...ctx, actor: { ...grant.actor, requestId: ctx.requestId }, tokenScope } });
  }
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in to continue" });
  const actor = await actorForSession(ctx.db, ctx.session);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "your session has ended; sign in again" });
  const tokenScope: TokenScope | null = null;
  return next({ ctx: { ...ctx, actor: { ...actor, requestId: ctx.requestId }, tokenScope } });
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

/** Only from a signed-in browser: a leaked token must not be able to mint or manage tokens. */
export const sessionOnlyProcedure = protectedProcedure.meta({ sessionOnly: true }).use(({ ctx, next }) => {
  if (ctx.tokenScope !== null)
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "this can only be done from a signed-in browser, not with a token",
    });
  return next();
});

/** Admins in a browser only; to anyone else (a token included) the procedure does not exist. */
const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "not found" });
export const adminProcedure = publicProcedure
  .meta({ sessionOnly: true, internal: true })
  // A token is turned away before it is even looked up: read, write or revoked, admin procedures do not exist for it.
  .use(({ ctx, next }) => {
    if (ctx.bearerToken !== null) throw notFound();
    return next();
  })
  .use(requireSession)
  .use(({ ctx, next }) => {
    if (!ctx.actor.isAdmin) throw notFound();
    return next();
  });
