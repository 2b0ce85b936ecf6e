import "server-only";
import { after } from "next/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "../auth";
import { claimsOf } from "../auth/session";
import { clientAddress } from "../http/client-address";
import { getDb } from "../db";
import { requestLogger } from "../logger";
import {
  configuredOrigins,
  MAX_BATCH_SIZE,
  refuseUnsafeRequest,
  requestOriginOf,
} from "@/server/http/request-guard";
import { createContextInner } from "./init";
import { appRouter } from "./root";

function requestIdOf(req: Request): string {
  return req.headers.get("x-request-id") ?? crypto.randomUUID();
}

/** The HTTP entry for /api/trpc: guards first, then the router with a context from the session cookie. */
export async function handleTRPCRequest(req: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(req, configuredOrigins());
  if (refused) return refused;

  const requestId = requestIdOf(req);
  const log = requestLogger(requestId);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async () =>
      createContextInner({
        db: await getDb(),
        session: claimsOf(await auth()),
        requestId,
        address: clientAddress(req.headers),
        origin: requestOriginOf(req),
        log,
        defer: after,
      }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR")
        log.error({ err: error.cause ?? error, path }, "trpc error");
    },
    responseMeta: () => ({ headers: new Headers({ "x-request-id": requestId }) }),
  });
}
