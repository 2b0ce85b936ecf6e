import "server-only";
import { after } from "next/server";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { makeQueryClient } from "@/components/trpc/query-client";
import { auth } from "../auth";
import { claimsOf } from "../auth/session";
import { getDb } from "../db";
import { requestLogger } from "../logger";
import { createContextInner } from "./init";
import { appRouter } from "./root";

/** One QueryClient per server request, so prefetched data never leaks between users. */
export const getQueryClient = cache(makeQueryClient);

const createRSCContext = cache(async () => {
  const requestId = (await headers()).get("x-request-id") ?? crypto.randomUUID();
  return createContextInner({
    db: await getDb(),
    session: claimsOf(await auth()),
    requestId,
    log: requestLogger(requestId),
    defer: after,
  });
});

/** Server-side prefetch: `void getQueryClient().prefetchQuery(trpc.x.y.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  ctx: createRSCContext,
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
