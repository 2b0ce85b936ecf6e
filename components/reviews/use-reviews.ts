"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/react";

/** After a comment, request or endorsement, every reviews read (threads, requests) is refetched. */
export function useInvalidateReviews(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() }),
    [queryClient, trpc],
  );
}
