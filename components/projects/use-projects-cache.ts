"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/react";

/** Refreshes every loaded page of projects (and any open project) after a change. */
export function useRefreshProjects(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
    [queryClient, trpc],
  );
}
