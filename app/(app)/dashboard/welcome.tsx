"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";

export function Welcome() {
  const trpc = useTRPC();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  return <h1 className="text-2xl font-semibold">Welcome, {profile.name ?? profile.email}</h1>;
}
