import type { DriftRow } from "@/lib/skills/drift";
import { levelOnScale } from "@/lib/skills/format";
import { formatDate } from "@/lib/dates";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

function differenceWords(difference: number | null): string {
  if (difference === null) return "—";
  if (difference === 0) return "Same level";
  const levels = Math.abs(difference) === 1 ? "1 level" : `${Math.abs(difference)} levels`;
  return difference > 0 ? `Mentor ${levels} higher` : `Mentor ${levels} lower`;
}

/** The drift chart's numbers as a table: its text alternative, shown to everyone. */
export function DriftTable({ rows, skillName }: { rows: DriftRow[]; skillName: string }) {
  return (
    <Table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-sm text-muted-foreground">
        Self and mentor ratings of {skillName} on each day one changed
      </caption>
      <TableHeader className="border-b border-border">
        <TableRow>
          <TableHead scope="col" className="py-2 pr-3">
            Date
          </TableHead>
          <TableHead scope="col" className="py-2 pr-3">
            Self rating
          </TableHead>
          <TableHead scope="col" className="py-2 pr-3">
            Mentor rating
          </TableHead>
          <TableHead scope="col" className="py-2">
            Difference
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.on} className="border-b border-border last:border-0">
            <TableHead scope="row" className="py-2 pr-3 font-normal">
              {formatDate(row.on)}
            </TableHead>
            <TableCell className="py-2 pr-3">{row.self ? levelOnScale(row.self) : "Not rated yet"}</TableCell>
            <TableCell className="py-2 pr-3">
              {row.mentor ? levelOnScale(row.mentor) : "Not rated yet"}
            </TableCell>
            <TableCell className="py-2">{differenceWords(row.difference)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
