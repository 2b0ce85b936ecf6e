"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardTitle } from "@/components/ui/card";
import { formatBytes } from "@/lib/admin/paging";

const SIGN_UP_LABELS = { open: "Open to anyone", invite: "By invitation", closed: "Closed" } as const;

/** The instance at a glance. */
export function InstanceFigures() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.overview.queryOptions());
  const figures = [
    ["Accounts", String(data.figures.users)],
    ["Active in 30 days", String(data.figures.activeIn30Days)],
    ["Disabled", String(data.figures.disabled)],
    ["Database size", formatBytes(data.figures.databaseBytes)],
    ["Sign-up", SIGN_UP_LABELS[data.signUpMode]],
  ] as const;
  return (
    <Card className="grid gap-4" aria-labelledby="figures-title">
      <CardTitle id="figures-title">This instance</CardTitle>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {figures.map(([label, value]) => (
          <div key={label} className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
