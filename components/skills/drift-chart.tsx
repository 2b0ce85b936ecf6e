"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { driftRows } from "@/lib/skills/drift";
import { DriftTable } from "./drift-table";
import { LEVEL_Y_AXIS, levelTooltipValue } from "./level-axis";
import { formatDate } from "@/lib/dates";

const SELF_COLOR = "#2563eb";
const MENTOR_COLOR = "#dc2626";

/** Self vs mentor ratings of one skill over time, each carried forward until the next; a table below. */
export function DriftChart({ skillId, skillName }: { skillId: string; skillName: string }) {
  const trpc = useTRPC();
  const titleId = useId();
  const { menteeId } = useViewing();
  const drift = useQuery(trpc.skills.drift.queryOptions({ skillId, menteeId }));

  if (drift.isPending) return <p className="text-sm text-muted-foreground">Loading the chart…</p>;
  if (drift.isError)
    return (
      <p role="alert" className="text-sm text-destructive">
        {drift.error.message}
      </p>
    );
  const rows = driftRows(drift.data);
  if (rows.length === 0)
    return <p className="text-sm text-muted-foreground">No ratings of this skill yet.</p>;

  return (
    <figure className="grid gap-3" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-sm text-muted-foreground">
        {drift.data.mentor.length === 0
          ? "No mentor has rated this skill yet; the self ratings are shown alone."
          : "Self ratings (solid) and mentor ratings (dashed), from 1 (Awareness) to 5 (Expert); each holds until the next."}
      </figcaption>
      <div role="img" aria-label={`Chart of self and mentor ratings of ${skillName} over time`}>
        <LineChart
          responsive
          style={{ width: "100%", height: 260 }}
          data={rows.map((row) => ({ ...row, label: formatDate(row.on) }))}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border, #e5e7eb)" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis {...LEVEL_Y_AXIS} />
          <Tooltip formatter={levelTooltipValue} />
          <Legend />
          <Line
            type="stepAfter"
            dataKey="self"
            name="Self rating"
            stroke={SELF_COLOR}
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="mentor"
            name="Mentor rating"
            stroke={MENTOR_COLOR}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <DriftTable rows={rows} skillName={skillName} />
    </figure>
  );
}
