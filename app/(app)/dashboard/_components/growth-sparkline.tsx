"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip, YAxis } from "recharts";
import { formatMonth } from "@/lib/dates";
import type { SparkPoint } from "@/lib/dashboard/overview";

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
          <LineChart data={data}>
            <YAxis domain={[1, 5]} hide />
            <Tooltip formatter={(value) => [`${String(value)} of 5`, "Average level"]} />
            <Line type="monotone" dataKey="average" stroke="var(--primary)" strokeWidth={2} dot={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only">
        <table>
          <caption>Average skill level per month</caption>
          <tbody>
            {data.map((point) => (
              <tr key={point.month}>
                <th scope="row">{point.month}</th>
                <td>{point.average} of 5</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
