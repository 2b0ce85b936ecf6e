"use client";

import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTRPC } from "@/components/trpc/react";
import type { AppRouter } from "@/server/trpc/root";

export type OpenRequest = inferRouterOutputs<AppRouter>["reviews"]["requests"][number];

/** Subject key of a request or notification: which mentee, which kind of item, which item. */
export function subjectKey(
  menteeId: string | null,
  subjectType: string | null,
  subjectId: string | null,
): string {
  return `${menteeId ?? ""}/${subjectType ?? ""}/${subjectId ?? ""}`;
}

/**
 * Open review requests sent to the reader as mentor, for the item names, due dates and a round's
 * application that dashboards and notifications do not carry. Asked only when something needs it.
 */
export function useOpenRequestsAsMentor(enabled: boolean) {
  const trpc = useTRPC();
  const requests = useQuery({ ...trpc.reviews.requests.queryOptions({}), enabled });
  return useMemo(() => {
    const mine = (requests.data ?? []).filter((request) => request.asMentor);
    return {
      byId: new Map(mine.map((request) => [request.id, request])),
      bySubject: new Map(
        mine.map((request) => [
          subjectKey(request.menteeId, request.subjectType, request.subjectId),
          request,
        ]),
      ),
    };
  }, [requests.data]);
}
