import { levelOnScale } from "@/lib/skills/format";
import { formatMonth } from "@/lib/dates";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

interface GrowthTableProps {
  months: string[];
  series: { skillId: string; name: string; levels: (number | null)[] }[];
}

/** The chart's numbers as a table, for screen readers: the chart's text alternative. */
export function GrowthTable({ months, series }: GrowthTableProps) {
  return (
    // Tables ignore a 1px width, so the visually-hidden box is a wrapper around it.
    <div className="sr-only">
      <Table scroll={false}>
        <caption>Skill level by month</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Month</TableHead>
            {series.map((entry) => (
              <TableHead key={entry.skillId} scope="col">
                {entry.name}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {months.map((month, index) => (
            <TableRow key={month}>
              <TableHead scope="row">{formatMonth(month)}</TableHead>
              {series.map((entry) => {
                const level = entry.levels[index];
                return (
                  <TableCell key={entry.skillId}>
                    {level ? levelOnScale(level) : "not assessed yet"}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
