"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMonth } from "@/lib/dates";
import { OutcomesChart, PassRateChart } from "./analytics-charts";
import { FailureHeatmap } from "./failure-heatmap";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const percent = (rate: number) => `${Math.round(rate * 100)} %`;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Pass rates, timing, outcomes over time and failure patterns, from the user's live rounds. */
export function AnalyticsSection() {
  const trpc = useTRPC();
  const { menteeId } = useViewing();
  const { data } = useSuspenseQuery(trpc.interviews.analytics.queryOptions({ menteeId }));

  if (data.roundCount === 0) {
    return (
      <EmptyState title="No rounds to analyse yet">
        {menteeId
          ? "Pass rates, time between rounds and failure patterns appear once your mentee records rounds."
          : "Add a first application, then record its rounds: pass rates, time between rounds and failure patterns appear here."}
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <Card className="grid content-start gap-3">
        <CardTitle>Pass rate per stage</CardTitle>
        <CardDescription>
          Passed ÷ (passed + failed); pending and cancelled rounds are left out.
        </CardDescription>
        {data.passRates.length === 0 ? (
          <p className="text-sm">No round has passed or failed yet.</p>
        ) : (
          <>
            <PassRateChart rates={data.passRates} />
            <Table className="text-sm">
              <caption className="sr-only">Pass rate per stage</caption>
              <TableHeader>
                <TableRow className="border-b border-border text-left">
                  <TableHead scope="col" className="py-1 pr-3">
                    Stage
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Passed
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Failed
                  </TableHead>
                  <TableHead scope="col" className="py-1">
                    Pass rate
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.passRates.map((rate) => (
                  <TableRow key={rate.stage} className="border-b border-border">
                    <TableHead scope="row" className="py-1 pr-3 text-left font-medium">
                      {rate.name}
                    </TableHead>
                    <TableCell className="py-1 pr-3 tabular-nums">{plural(rate.passed, "round")}</TableCell>
                    <TableCell className="py-1 pr-3 tabular-nums">{plural(rate.failed, "round")}</TableCell>
                    <TableCell className="py-1 tabular-nums">{percent(rate.rate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Card>

      <Card className="grid content-start gap-3">
        <CardTitle>Most common failure reasons</CardTitle>
        <CardDescription>Across failed rounds, most frequent first.</CardDescription>
        {data.failureReasons.length === 0 ? (
          <p className="text-sm">No failure reasons recorded yet.</p>
        ) : (
          <ol className="grid list-decimal gap-1 pl-5 text-sm" aria-label="Failure reasons ranked">
            {data.failureReasons.map((reason) => (
              <li key={reason.reason}>
                {reason.name}: {plural(reason.count, "failed round")}
              </li>
            ))}
          </ol>
        )}
        <h3 className="pt-2 font-semibold">Time between rounds</h3>
        <p className="text-sm">
          {data.gaps.medianDays === null
            ? "Schedule two rounds of one application to see the time between them."
            : `Median ${plural(data.gaps.medianDays, "day")} between consecutive rounds of an application (over ${plural(data.gaps.gaps, "gap")}).`}
        </p>
      </Card>

      <Card className="grid content-start gap-3">
        <CardTitle>Outcomes by month</CardTitle>
        <CardDescription>Passed and failed rounds by the month they were scheduled in.</CardDescription>
        {data.byMonth.length === 0 ? (
          <p className="text-sm">No scheduled round has passed or failed yet.</p>
        ) : (
          <>
            <OutcomesChart months={data.byMonth} />
            <Table className="text-sm">
              <caption className="sr-only">Outcomes by month</caption>
              <TableHeader>
                <TableRow className="border-b border-border text-left">
                  <TableHead scope="col" className="py-1 pr-3">
                    Month
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Passed
                  </TableHead>
                  <TableHead scope="col" className="py-1">
                    Failed
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.byMonth.map((month) => (
                  <TableRow key={month.month} className="border-b border-border">
                    <TableHead scope="row" className="py-1 pr-3 text-left font-medium">
                      {formatMonth(month.month)}
                    </TableHead>
                    <TableCell className="py-1 pr-3 tabular-nums">{plural(month.passed, "round")}</TableCell>
                    <TableCell className="py-1 tabular-nums">{plural(month.failed, "round")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Card>

      <Card className="grid content-start gap-3">
        <CardTitle>Where failures cluster</CardTitle>
        <FailureHeatmap heatmap={data.heatmap} />
      </Card>
    </div>
  );
}
