import { evidenceWords, gapWords, levelWords } from "@/lib/gaps/format";
import type { LevelAnalysisData } from "./types";
import { formatDate } from "@/lib/dates";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** One level's expectations against where the user stands, one row per competency. */
export function CompetencyTable({ analysis, caption }: { analysis: LevelAnalysisData; caption: string }) {
  return (
    <div>
      <Table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-muted-foreground">{caption}</caption>
        <TableHeader className="border-b border-border">
          <TableRow>
            <TableHead scope="col" className="py-2 pr-3">
              Competency
            </TableHead>
            <TableHead scope="col" className="py-2 pr-3">
              Current
            </TableHead>
            <TableHead scope="col" className="py-2 pr-3">
              Expected
            </TableHead>
            <TableHead scope="col" className="py-2 pr-3">
              Gap
            </TableHead>
            <TableHead scope="col" className="py-2 pr-3">
              Evidence
            </TableHead>
            <TableHead scope="col" className="py-2">
              Last demonstrated
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.rows.map((row) => (
            <TableRow key={row.competencyId} className="border-b border-border align-top last:border-0">
              <TableHead scope="row" className="py-2 pr-3 font-medium">
                {row.name}
                {row.optional && <span className="ml-1 text-xs text-muted-foreground">(optional)</span>}
                {row.expectationText && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    {row.expectationText}
                  </span>
                )}
              </TableHead>
              <TableCell className="py-2 pr-3">{levelWords(row.current)}</TableCell>
              <TableCell className="py-2 pr-3">{levelWords(row.expected)}</TableCell>
              <TableCell className={row.gap ? "py-2 pr-3 font-medium text-destructive" : "py-2 pr-3"}>
                {gapWords(row.gap)}
              </TableCell>
              <TableCell className="py-2 pr-3">
                {evidenceWords(row.evidenceItems, row.evidenceWeight)}
              </TableCell>
              <TableCell className="py-2">
                {row.lastDemonstrated ? formatDate(row.lastDemonstrated) : "Never"}
                {row.lastDemonstrated && row.freshness < 1 && (
                  <span className="block text-xs text-muted-foreground">over a year ago: counts half</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="mt-2 text-sm">
        {analysis.metCount} of {analysis.total} required competencies met; readiness {analysis.readiness}%.
      </p>
    </div>
  );
}
