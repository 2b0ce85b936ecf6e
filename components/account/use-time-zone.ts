"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";

/** The reader's time zone from their profile; every page that renders dates prefetches the profile. */
export function useTimeZone(): string {
  const trpc = useTRPC();
  return useSuspenseQuery(trpc.account.profile.queryOptions()).data.timeZone;
}
