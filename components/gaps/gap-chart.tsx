"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { proficiencyName } from "@/lib/skills/catalogue";
import { levelWords } from "@/lib/gaps/format";
import type { LevelAnalysisData } from "./types";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Current against expected proficiency at one level, with the same numbers as a table for screen readers. */
export function GapChart({ analysis }: { analysis: LevelAnalysisData }) {
  const titleId = useId();
  const rows = analysis.rows.map((row) => ({ name: row.name, current: row.current, expected: row.expected }));
  const caption = `Current and expected proficiency at ${analysis.level.name}`;
  return (
    <figure className="grid gap-2" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-sm text-muted-foreground">
        {caption}, from 0 (not assessed) to 5 (Expert).
      </figcaption>
      <div role="img" aria-label={`Bar chart: ${caption}`}>
        <BarChart
          responsive
          layout="vertical"
          style={{ width: "100%", height: Math.max(160, rows.length * 44 + 60) }}
          data={rows}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border, #e5e7eb)" />
          <XAxis
            type="number"
            domain={[0, 5]}
            ticks={[0, 1, 2, 3, 4, 5]}
            allowDecimals={false}
            tick={{ fontSize: 12 }}
          />
          <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value) =>
              typeof value === "number"
                ? `${value}/5 · ${value === 0 ? "Not assessed" : proficiencyName(value)}`
                : value
            }
          />
          <Legend />
          <Bar dataKey="current" name="Current" fill="#2563eb" isAnimationActive={false} />
          <Bar dataKey="expected" name="Expected" fill="#9ca3af" isAnimationActive={false} />
        </BarChart>
      </div>
      <div className="sr-only">
        <Table scroll={false}>
          <caption>{caption}</caption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Competency</TableHead>
              <TableHead scope="col">Current</TableHead>
              <TableHead scope="col">Expected</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {analysis.rows.map((row) => (
              <TableRow key={row.competencyId}>
                <TableHead scope="row">{row.name}</TableHead>
                <TableCell>{levelWords(row.current)}</TableCell>
                <TableCell>{levelWords(row.expected)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
