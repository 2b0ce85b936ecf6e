import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import type { SessionClaims } from "../actor";
import { DomainError } from "../errors";
import { actorForSession } from "../services/account";
import { fieldErrorsOf, publicMessage, toTRPCError } from "./errors";

export interface ContextInput {
  db: Db;
  session: SessionClaims | null;
  requestId?: string;
  log?: Logger;
}

/** The context without HTTP: tests build it directly and call the router through createCaller. */
export function createContextInner({ db, session, requestId = "internal", log }: ContextInput) {
  return { db, session, requestId, log };
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
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in to continue" });
  const actor = await actorForSession(ctx.db, ctx.session);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "your session has ended; sign in again" });
  return next({ ctx: { ...ctx, actor } });
});
