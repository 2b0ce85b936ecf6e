import type { Analytics } from "@/components/interviews/types";

/** Cell shade grows with the count; the count is always written in the cell too. */
function shade(count: number, max: number): { backgroundColor?: string; color?: string } {
  if (count === 0 || max === 0) return {};
  const strength = Math.round(15 + (count / max) * 65);
  return {
    backgroundColor: `color-mix(in oklch, var(--destructive) ${strength}%, transparent)`,
    color: strength > 50 ? "white" : undefined,
  };
}

export function FailureHeatmap({ heatmap }: { heatmap: Analytics["heatmap"] }) {
  if (heatmap.rows.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No failed round has competencies yet. Tick the competencies a round tested when you record it.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="text-sm">
        <caption className="mb-2 text-left text-muted-foreground">
          Failed rounds by competency tested (rows) and stage (columns); darker means more failures.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              Competency
            </th>
            {heatmap.stages.map((stage) => (
              <th key={stage.stage} scope="col" className="p-2 text-center">
                {stage.name}
              </th>
            ))}
            <th scope="col" className="p-2 text-center">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.skillId}>
              <th scope="row" className="p-2 text-left font-medium">
                {row.name}
              </th>
              {row.counts.map((count, index) => (
                <td
                  key={heatmap.stages[index]?.stage ?? index}
                  className="min-w-16 border border-border p-2 text-center tabular-nums"
                  style={shade(count, heatmap.max)}
                >
                  {count}
                </td>
              ))}
              <td className="p-2 text-center font-medium tabular-nums">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
