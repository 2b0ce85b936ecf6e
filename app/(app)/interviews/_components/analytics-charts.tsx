"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Analytics } from "@/components/interviews/types";
import { formatMonth } from "@/lib/dates";

const axis = { fontSize: 12, fill: "var(--muted-foreground)" };
const initialDimension = { width: 520, height: 240 };

/** The chart repeats the table next to it, so screen readers get the table and skip the drawing. */
export function PassRateChart({ rates }: { rates: Analytics["passRates"] }) {
  const data = rates.map((rate) => ({ name: rate.name, rate: Math.round(rate.rate * 100) }));
  return (
    <div aria-hidden="true" className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialDimension}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="name" tick={axis} interval={0} />
          <YAxis domain={[0, 100]} unit=" %" tick={axis} width={48} />
          <Tooltip formatter={(value) => [`${String(value)} %`, "Pass rate"]} />
          <Bar
            dataKey="rate"
            name="Pass rate"
            fill="var(--primary)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function OutcomesChart({ months }: { months: Analytics["byMonth"] }) {
  const data = months.map((month) => ({ ...month, label: formatMonth(month.month) }));
  return (
    <div aria-hidden="true" className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialDimension}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} width={32} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="passed"
            name="Passed"
            stackId="outcome"
            fill="var(--primary)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="failed"
            name="Failed"
            stackId="outcome"
            fill="var(--destructive)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
