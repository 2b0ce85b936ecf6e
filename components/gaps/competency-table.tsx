import { evidenceWords, gapWords, levelWords } from "@/lib/gaps/format";
import type { LevelAnalysisData } from "./types";
import { formatDate } from "@/lib/dates";

/** One level's expectations against where the user stands, one row per competency. */
export function CompetencyTable({ analysis, caption }: { analysis: LevelAnalysisData; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-muted-foreground">{caption}</caption>
        <thead className="border-b border-border">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Competency
            </th>
            <th scope="col" className="py-2 pr-3">
              Current
            </th>
            <th scope="col" className="py-2 pr-3">
              Expected
            </th>
            <th scope="col" className="py-2 pr-3">
              Gap
            </th>
            <th scope="col" className="py-2 pr-3">
              Evidence
            </th>
            <th scope="col" className="py-2">
              Last demonstrated
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.rows.map((row) => (
            <tr key={row.competencyId} className="border-b border-border align-top last:border-0">
              <th scope="row" className="py-2 pr-3 font-medium">
                {row.name}
                {row.optional && <span className="ml-1 text-xs text-muted-foreground">(optional)</span>}
                {row.expectationText && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    {row.expectationText}
                  </span>
                )}
              </th>
              <td className="py-2 pr-3">{levelWords(row.current)}</td>
              <td className="py-2 pr-3">{levelWords(row.expected)}</td>
              <td className={row.gap ? "py-2 pr-3 font-medium text-destructive" : "py-2 pr-3"}>
                {gapWords(row.gap)}
              </td>
              <td className="py-2 pr-3">{evidenceWords(row.evidenceItems, row.evidenceWeight)}</td>
              <td className="py-2">
                {row.lastDemonstrated ? formatDate(row.lastDemonstrated) : "Never"}
                {row.lastDemonstrated && row.freshness < 1 && (
                  <span className="block text-xs text-muted-foreground">over a year ago: counts half</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        {analysis.metCount} of {analysis.total} required competencies met; readiness {analysis.readiness}%.
      </p>
    </div>
  );
}
