"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/select-field";
import { BandsTable } from "./bands-table";
import { CompensationForm } from "./compensation-form";
import { CompensationSummary } from "./compensation-summary";
import { ImportForm } from "./import-form";
import { MarketPosition } from "./market-position";

/** Bands, imports, pay and market position; a mentor (read-only) gets no import and no pay form. */
export function PayView() {
  const trpc = useTRPC();
  const { menteeId } = useViewing();
  const { data: ladders } = useSuspenseQuery(trpc.salaries.ladders.queryOptions({ menteeId }));
  const [ladderId, setLadderId] = useState(ladders[0]?.id ?? "");
  const ladder = ladders.find((candidate) => candidate.id === ladderId);
  const bands = useQuery({
    ...trpc.salaries.bands.queryOptions({ ladderId, menteeId }),
    enabled: Boolean(ladder),
  });

  if (!ladder) {
    return (
      <EmptyState title="No ladder to attach pay to">
        Import or choose a ladder under Ladders first; salary bands belong to a ladder&apos;s levels.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-6">
      <SelectField
        label="Ladder"
        options={ladders.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        value={ladderId}
        onChange={(event) => setLadderId(event.target.value)}
        className="max-w-md"
      />
      <Card className="grid gap-4">
        <CardTitle>Salary bands</CardTitle>
        <CardDescription>
          Yearly base pay per level; each row names its source, year, sample size and licence.
        </CardDescription>
        {bands.data ? (
          <BandsTable levels={ladder.levels} bands={bands.data.bands} smallSample={bands.data.smallSample} />
        ) : (
          <p className="text-sm text-muted-foreground">
            {bands.error ? bands.error.message : "Loading bands…"}
          </p>
        )}
      </Card>
      {!menteeId && (
        <Card className="grid gap-4">
          <CardTitle>Import a salary survey</CardTitle>
          <CardDescription>
            A CSV in the jobs-net survey format; percentiles of salary_in_usd per level, country and year.
          </CardDescription>
          <ImportForm key={ladder.id} ladderId={ladder.id} levels={ladder.levels} />
        </Card>
      )}
      {menteeId ? (
        <Card className="grid gap-4">
          <CardTitle>Their compensation</CardTitle>
          <CardDescription>Shared with you by your mentee.</CardDescription>
          <CompensationSummary menteeId={menteeId} />
        </Card>
      ) : (
        <Card className="grid gap-4">
          <CardTitle>Your compensation</CardTitle>
          <CardDescription>Private to you, unless you share compensation with a mentor.</CardDescription>
          <CompensationForm />
        </Card>
      )}
      <Card className="grid gap-4">
        <CardTitle>Market position</CardTitle>
        <MarketPosition key={ladder.id} ladderId={ladder.id} levels={ladder.levels} />
      </Card>
    </div>
  );
}
