"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { CompetencyTable } from "@/components/gaps/competency-table";
import { GapChart } from "@/components/gaps/gap-chart";
import { RatingSourceControl } from "@/components/gaps/rating-source-control";
import { ReadinessList } from "@/components/gaps/readiness-list";
import { WorkOnNext } from "@/components/gaps/work-on-next";
import { useMenteeHref, useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { RatingSource } from "@/lib/gaps/ratings";
import { GoalForm } from "./goal-form";
import { GoalSummary } from "./goal-summary";
import { formatDate } from "@/lib/dates";

/**
 * The gap analysis page: the goal, then where the user stands on its ladder and what to work on, measured
 * by self ratings, mentor ratings or the lower of both. A mentor reads it with the goal as text.
 */
export function GapsView() {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const hrefFor = useMenteeHref();
  const [ratingSource, setRatingSource] = useState<RatingSource>("self");
  // The deferred value keeps the current analysis on screen while the other source loads.
  const shownSource = useDeferredValue(ratingSource);
  const switching = shownSource !== ratingSource;
  const { data: choices } = useSuspenseQuery(trpc.goals.get.queryOptions({ menteeId }));
  const { data: analysis } = useSuspenseQuery(
    trpc.goals.gapAnalysis.queryOptions({ menteeId, ratingSource: shownSource }),
  );
  const target = analysis?.target ?? null;

  return (
    <div className="grid gap-6">
      <Card className="grid gap-4">
        <div className="grid gap-1">
          <CardTitle>{readOnly ? "Goal" : "Your goal"}</CardTitle>
          <CardDescription>
            {choices.goal?.targetDate
              ? `Aiming for the target level by ${formatDate(choices.goal.targetDate)}.`
              : readOnly
                ? "Where they stand on a ladder and the level they are aiming for."
                : "Pick a ladder, where you stand on it and the level you are aiming for."}
          </CardDescription>
        </div>
        {readOnly ? <GoalSummary choices={choices} /> : <GoalForm choices={choices} />}
      </Card>

      {analysis && (
        <Card className="grid gap-2">
          <RatingSourceControl value={ratingSource} onChange={setRatingSource} />
          <p role="status" className="min-h-5 text-xs text-muted-foreground">
            {switching ? "Updating the analysis…" : ""}
          </p>
        </Card>
      )}

      {!analysis ? (
        <EmptyState title="No ladder yet">
          {readOnly
            ? "No ladder to measure against yet."
            : "Import a ladder on the Ladders tab to see your gaps."}
        </EmptyState>
      ) : analysis.assessedCompetencies === 0 ? (
        <EmptyState title={shownSource === "mentor" ? "No mentor ratings yet" : "Assess your skills first"}>
          Nothing on {analysis.ladder.name} is {shownSource === "mentor" ? "rated by a mentor" : "assessed"}{" "}
          yet.{" "}
          {!readOnly && shownSource !== "mentor" && (
            <>
              <Link href="/skills" className="font-medium text-foreground underline">
                Assess your skills
              </Link>{" "}
              and the gaps show here.
            </>
          )}
          {readOnly && (
            <Link href={hrefFor("/skills")} className="font-medium text-foreground underline">
              See their skills
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card className="grid gap-2">
              <CardTitle>
                {readOnly ? "Level" : "Your level"} on {analysis.ladder.name}
              </CardTitle>
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
