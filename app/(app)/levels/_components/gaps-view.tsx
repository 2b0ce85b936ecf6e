"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CompetencyTable } from "@/components/gaps/competency-table";
import { formatDay } from "@/components/gaps/format";
import { GapChart } from "@/components/gaps/gap-chart";
import { ReadinessList } from "@/components/gaps/readiness-list";
import { WorkOnNext } from "@/components/gaps/work-on-next";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { GoalForm } from "./goal-form";

/** The gap analysis page: the goal, then where the user stands on its ladder and what to work on. */
export function GapsView() {
  const trpc = useTRPC();
  const { data: choices } = useSuspenseQuery(trpc.goals.get.queryOptions());
  const { data: analysis } = useSuspenseQuery(trpc.goals.gapAnalysis.queryOptions({}));
  const target = analysis?.target ?? null;

  return (
    <div className="grid gap-6">
      <Card className="grid gap-4">
        <div className="grid gap-1">
          <CardTitle>Your goal</CardTitle>
          <CardDescription>
            {choices.goal?.targetDate
              ? `Aiming for the target level by ${formatDay(choices.goal.targetDate)}.`
              : "Pick a ladder, where you stand on it and the level you are aiming for."}
          </CardDescription>
        </div>
        <GoalForm choices={choices} />
      </Card>

      {!analysis ? (
        <EmptyState title="No ladder yet">Import a ladder on the Ladders tab to see your gaps.</EmptyState>
      ) : analysis.assessedCompetencies === 0 ? (
        <EmptyState title="Assess your skills first">
          Nothing on {analysis.ladder.name} is assessed yet.{" "}
          <Link href="/skills" className="font-medium text-foreground underline">
            Assess your skills
          </Link>{" "}
          and the gaps show here.
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card className="grid gap-2">
              <CardTitle>Your level on {analysis.ladder.name}</CardTitle>
              <p className="text-xl font-semibold">
                {analysis.estimate.level ? analysis.estimate.level.name : "Below the first level"}
              </p>
              <p className="text-sm">{analysis.estimate.explanation}</p>
              <p className="text-xs text-muted-foreground">
                A level counts once every required competency is at its expected proficiency. Readiness gives
                partial credit (current ÷ expected, at most 1) and halves it for skills last shown over a year
                ago; optional competencies never count.
              </p>
            </Card>
            <Card className="grid gap-3">
              <CardTitle>Readiness per level</CardTitle>
              <ReadinessList levels={analysis.levels} estimateId={analysis.estimate.level?.id ?? null} />
            </Card>
          </div>

          {analysis.current && (
            <Card className="grid gap-3">
              <CardTitle>Current level: {analysis.current.level.name}</CardTitle>
              <CompetencyTable
                analysis={analysis.current}
                caption={`Gaps at ${analysis.current.level.name}`}
              />
            </Card>
          )}
          {target ? (
            <Card className="grid gap-3">
              <CardTitle>Target level: {target.level.name}</CardTitle>
              <CompetencyTable analysis={target} caption={`Gaps at ${target.level.name}`} />
              <GapChart analysis={target} />
            </Card>
          ) : (
            <p className="text-sm text-muted-foreground">Set a target level above to see its gaps in full.</p>
          )}
          {analysis.workOnNext && (
            <Card className="grid gap-3">
              <CardTitle>Work on next</CardTitle>
              <CardDescription>
                The biggest gaps at {analysis.workOnNext.level.name}
                {target ? ", your target" : ", the level above yours"}, with what failed interviews said.
              </CardDescription>
              <WorkOnNext data={analysis.workOnNext} />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
