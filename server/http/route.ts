import "server-only";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import { DomainError } from "@/lib/errors";
import type { LimitName } from "@/lib/limits";
import { consume } from "@/server/limits/limiter";
import type { Actor } from "@/server/auth/actor";
import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { requestLogger } from "@/server/logger";
import { fieldErrorsOf, publicMessage, toTRPCError } from "@/server/trpc/errors";
import { requestIdFrom } from "./policy";
import { configuredOrigins, isCrossSite, refusal } from "./request-guard";

type Params = Record<string, string | string[]>;

interface Context<P extends Params> {
  req: Request;
  db: Db;
  params: P;
  log: Logger;
}

export interface SignedInContext<P extends Params> extends Context<P> {
  actor: Actor;
}

interface Segment<P extends Params> {
  params: Promise<P>;
}

/** A domain error as the same status, message and field errors the tRPC API gives; anything else is logged, 500. */
function failure(error: unknown, log: Logger, route: string): Response {
  if (error instanceof DomainError) {
    const trpcError = toTRPCError(error);
    const response = refusal(
      getHTTPStatusCodeFromError(trpcError),
      publicMessage(trpcError),
      fieldErrorsOf(error),
    );
    const retryAfter = "retryAfterSeconds" in error ? error.retryAfterSeconds : undefined;
    if (typeof retryAfter === "number") response.headers.set("retry-after", String(retryAfter));
    return response;
  }
  log.error({ err: error, route }, "route failed");
  return refusal(500, "something went wrong on our side; try again");
}

function contextOf<P extends Params>(req: Request, params: P, db: Db): Context<P> {
  return { req, db, params, log: requestLogger(requestIdFrom(req.headers.get("x-request-id"))) };
}

interface RouteOptions<P extends Params> {
  /** Checks of the request alone (body type, declared size, path), answered before the session is looked up. */
  check?: (req: Request, params: P) => Response | null;
  /** A limit counted per user for each call that gets past the checks, e.g. uploads. */
  limit?: LimitName;
}

/**
 * The one way an `app/api` route runs for a signed-in user: requests a browser sends for another site are refused
 * (downloads and uploads alike), the session is required, and errors answer like the tRPC API does.
 */
export function signedInRoute<P extends Params = Params>(
  name: string,
  handler: (context: SignedInContext<P>) => Promise<Response>,
  options: RouteOptions<P> = {},
): (req: Request, segment: Segment<P>) => Promise<Response> {
  return async (req, segment) => {
    if (isCrossSite(req, configuredOrigins())) return refusal(403, "cross-site requests are refused");
    const params = await segment.params;
    const early = options.check?.(req, params);
    if (early) return early;
    const actor = await currentActor();
    if (!actor) return refusal(401, "sign in to continue");
    const context = contextOf(req, params, await getDb());
    try {
      if (options.limit) await consume(context.db, options.limit, actor.userId);
      return await handler({ ...context, actor });
    } catch (error) {
      return failure(error, context.log, name);
    }
  };
}

/** A route anyone may call (a calendar app with its token, a health check): the same errors, no session. */
export function publicRoute<P extends Params = Params>(
  name: string,
  handler: (context: Context<P>) => Promise<Response>,
): (req: Request, segment: Segment<P>) => Promise<Response> {
  return async (req, segment) => {
    const context = contextOf(req, await segment.params, await getDb());
    try {
      return await handler(context);
    } catch (error) {
      return failure(error, context.log, name);
    }
  };
}

interface Download {
  type: string;
  fileName: string;
  /** "inline" for a feed a calendar app reads; downloads are attachments. */
  disposition?: "attachment" | "inline";
}

/** A file for the signed-in user or a token holder: never cached by a proxy, never sniffed as another type. */
export function download(body: string, { type, fileName, disposition = "attachment" }: Download): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `${disposition}; filename="${fileName}"`,
      "cache-control": "private, no-store, max-age=0",
      "x-content-type-options": "nosniff",
    },
  });
}
