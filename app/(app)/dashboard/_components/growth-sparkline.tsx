"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip, YAxis } from "recharts";
import { formatMonth } from "@/lib/dates";
import type { SparkPoint } from "@/lib/dashboard/overview";
import { Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export function GrowthSparkline({ points }: { points: SparkPoint[] }) {
  if (points.length === 0)
    return <p className="text-sm text-muted-foreground">No assessments in the last year.</p>;
  const data = points.map((point) => ({
    month: formatMonth(point.month),
    average: Math.round(point.average * 10) / 10,
  }));
  return (
    <figure>
      <div className="h-24" role="img" aria-label="Average skill level per month over the last year">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} accessibilityLayer={false}>
            <YAxis domain={[1, 5]} hide />
            <Tooltip formatter={(value) => [`${String(value)} of 5`, "Average level"]} />
            <Line type="monotone" dataKey="average" stroke="var(--primary)" strokeWidth={2} dot={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only">
        <Table scroll={false}>
          <caption>Average skill level per month</caption>
          <TableBody>
            {data.map((point) => (
              <TableRow key={point.month}>
                <TableHead scope="row">{point.month}</TableHead>
                <TableCell>{point.average} of 5</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
