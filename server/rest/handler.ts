import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Logger } from "pino";
import type { Db } from "@/db/client";
import { bearerTokenOf } from "@/lib/api-tokens/rules";
import { TooManyRequests } from "@/lib/errors";
import { actorForToken } from "@/server/api-tokens/tokens";
import { clientAddress } from "@/server/http/client-address";
import { consume } from "@/server/limits/limiter";
import { requestIdFrom } from "@/server/http/policy";
import type { Defer } from "@/server/mentoring/audit";
import { fieldErrorsOf, publicMessage } from "@/server/trpc/errors";
import { createContextInner } from "@/server/trpc/init";
import { OPENAPI_PATH, REST_PREFIX } from "./openapi";
import { type RestOperation, restOperationAt } from "./operations";
import { bodyInput, queryInput, RestError } from "./input";
import { createCaller } from "@/server/trpc/root";

export interface RestDeps {
  db: Db;
  log?: Logger;
  defer?: Defer;
}

function json(
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body ?? null), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-request-id": requestId,
      ...headers,
    },
  });
}

const UNAUTHORIZED_HEADERS = { "www-authenticate": 'Bearer realm="trajectory"' };

function operationFor(req: Request, url: URL): RestOperation {
  const path = url.pathname.slice(REST_PREFIX.length).replace(/\/+$/, "");
  const operation = restOperationAt(path);
  if (!operation) {
    throw new RestError(404, "NOT_FOUND", `no endpoint at ${url.pathname}; see ${OPENAPI_PATH}`);
  }
  if (req.method !== operation.method) {
    throw new RestError(405, "METHOD_NOT_SUPPORTED", `use ${operation.method} for ${url.pathname}`, {
      allow: operation.method,
    });
  }
  return operation;
}

function errorResponse(error: unknown, requestId: string, log?: Logger): Response {
  if (error instanceof TooManyRequests) {
    return json(429, { error: { code: "TOO_MANY_REQUESTS", message: error.message } }, requestId, {
      "retry-after": String(error.retryAfterSeconds),
    });
  }
  if (error instanceof RestError) {
    return json(
      error.status,
      { error: { code: error.code, message: error.message } },
      requestId,
      error.headers,
    );
  }
  const trpcError =
    error instanceof TRPCError ? error : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error });
  if (trpcError.code === "INTERNAL_SERVER_ERROR")
    log?.error({ err: trpcError.cause ?? trpcError }, "rest error");
  const status = getHTTPStatusCodeFromError(trpcError);
  const headers: Record<string, string> = status === 401 ? UNAUTHORIZED_HEADERS : {};
  if (trpcError.cause instanceof TooManyRequests)
    headers["retry-after"] = String(trpcError.cause.retryAfterSeconds);
  const body = {
    error: {
      code: trpcError.code,
      message: publicMessage(trpcError),
      fieldErrors: fieldErrorsOf(trpcError.cause),
    },
  };
  return json(status, body, requestId, headers);
}

/** GET/POST /api/v1/<router>/<procedure>: the app router behind a bearer token; cookies are never read. */
export async function handleRestRequest(req: Request, deps: RestDeps): Promise<Response> {
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  const log = deps.log?.child({ requestId });
  try {
    const url = new URL(req.url);
    const operation = operationFor(req, url);
    // Counted before the token is looked at, so made-up tokens cannot each bring a fresh allowance.
    await consume(deps.db, "apiRequestsPerAddress", clientAddress(req.headers));
    const bearerToken = bearerTokenOf(req.headers.get("authorization"));
    if (bearerToken === null) {
      throw new RestError(401, "UNAUTHORIZED", "send Authorization: Bearer <token>", UNAUTHORIZED_HEADERS);
    }
    const grant = await actorForToken(deps.db, bearerToken);
    if (!grant)
      throw new RestError(401, "UNAUTHORIZED", "this token is unknown or revoked", UNAUTHORIZED_HEADERS);
    await consume(deps.db, "apiRequestsPerToken", grant.tokenId);
    const input =
      operation.method === "GET"
        ? operation.input && queryInput(url, operation.input)
        : operation.input && (await bodyInput(req));
    const context = createContextInner({
      db: deps.db,
      session: null,
      bearerToken,
      tokenGrant: grant,
      requestId,
      log,
      defer: deps.defer,
    });
    let target: unknown = createCaller(context);
    for (const segment of operation.procedure.split("."))
      target = (target as Record<string, unknown>)[segment];
    if (typeof target !== "function") throw new RestError(404, "NOT_FOUND", `no endpoint at ${url.pathname}`);
    const result: unknown = await (target as (input: unknown) => Promise<unknown>)(input ?? undefined);
    return json(200, result, requestId);
  } catch (error) {
    return errorResponse(error, requestId, log);
  }
}
