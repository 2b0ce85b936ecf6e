"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/react";

/** After any write, every skills read (profile, history, growth, catalogue) is refetched. */
export function useInvalidateSkills(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() }),
    [queryClient, trpc],
  );
}
