"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/react";

/** Refetches every interviews query: a round or a status change moves the board, analytics and agenda. */
export function useInvalidateInterviews(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.interviews.pathKey() }),
    [queryClient, trpc],
  );
}
