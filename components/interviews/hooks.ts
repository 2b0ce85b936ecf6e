"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/react";

/** One locale for server and browser renders, so hydrated dates match; the zone is the user's. */
export const LOCALE = "en-GB";

/** The user's time zone from their profile (prefetched by every interviews page). */
export function useTimeZone(): string {
  const trpc = useTRPC();
  return useSuspenseQuery(trpc.account.profile.queryOptions()).data.timeZone;
}

/** Refetches every interviews query: a round or a status change moves the board, analytics and agenda. */
export function useInvalidateInterviews(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.interviews.pathKey() }),
    [queryClient, trpc],
  );
}
