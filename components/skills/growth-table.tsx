import { levelOnScale } from "@/lib/skills/format";
import { formatMonth } from "@/lib/dates";

interface GrowthTableProps {
  months: string[];
  series: { skillId: string; name: string; levels: (number | null)[] }[];
}

/** The chart's numbers as a table, for screen readers: the chart's text alternative. */
export function GrowthTable({ months, series }: GrowthTableProps) {
  return (
    // Tables ignore a 1px width, so the visually-hidden box is a wrapper around it.
    <div className="sr-only">
      <table>
        <caption>Skill level by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {series.map((entry) => (
              <th key={entry.skillId} scope="col">
                {entry.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((month, index) => (
            <tr key={month}>
              <th scope="row">{formatMonth(month)}</th>
              {series.map((entry) => {
                const level = entry.levels[index];
                return <td key={entry.skillId}>{level ? levelOnScale(level) : "not assessed yet"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
