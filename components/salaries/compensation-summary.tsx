"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { money } from "@/lib/salaries/format";

/** A mentee's latest pay as a mentor reads it (only under the compensation scope): figures, no form. */
export function CompensationSummary({ menteeId }: { menteeId: string }) {
  const trpc = useTRPC();
  const { data: pay } = useSuspenseQuery(trpc.salaries.compensation.get.queryOptions({ menteeId }));
  if (!pay) return <p className="text-sm text-muted-foreground">No compensation recorded yet.</p>;
  const rows = [
    { term: "Base pay per year", value: money(pay.baseMinor, pay.currency) },
    { term: "Bonus per year", value: money(pay.bonusMinor, pay.currency) },
    { term: "Equity per year", value: money(pay.equityMinor, pay.currency) },
    { term: "Country", value: pay.region },
    { term: "Effective from", value: pay.effectiveOn },
  ];
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="text-muted-foreground">{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
