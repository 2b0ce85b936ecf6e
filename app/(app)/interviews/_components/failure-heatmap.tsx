import type { Analytics } from "@/components/interviews/types";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
    <Table className="text-sm">
      <caption className="mb-2 text-left text-muted-foreground">
        Failed rounds by competency tested (rows) and stage (columns); darker means more failures.
      </caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col" className="p-2 text-left">
            Competency
          </TableHead>
          {heatmap.stages.map((stage) => (
            <TableHead key={stage.stage} scope="col" className="p-2 text-center">
              {stage.name}
            </TableHead>
          ))}
          <TableHead scope="col" className="p-2 text-center">
            Total
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {heatmap.rows.map((row) => (
          <TableRow key={row.skillId}>
            <TableHead scope="row" className="p-2 text-left font-medium">
              {row.name}
            </TableHead>
            {row.counts.map((count, index) => (
              <TableCell
                key={heatmap.stages[index]?.stage ?? index}
                className="min-w-16 border border-border p-2 text-center tabular-nums"
                style={shade(count, heatmap.max)}
              >
                {count}
              </TableCell>
            ))}
            <TableCell className="p-2 text-center font-medium tabular-nums">{row.total}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
