"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { AppRouter } from "@/server/trpc/root";
import { bandSummary, money } from "@/lib/salaries/format";

/** A band as the salaries router returns it. */
export type BandRow = inferRouterOutputs<AppRouter>["salaries"]["bands"]["bands"][number];

interface Level {
  id: string;
  name: string;
  position: number;
}

/** Bands per level, with where each number came from and a warning on small samples. */
export function BandsTable({
  levels,
  bands,
  smallSample,
}: {
  levels: Level[];
  bands: BandRow[];
  smallSample: number;
}) {
  if (bands.length === 0) {
    return (
      <EmptyState title="No salary bands for this ladder yet">
        Import a salary survey CSV below to see pay percentiles per level.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-6">
      {levels.map((level) => {
        const rows = bands.filter((band) => band.levelId === level.id);
        if (rows.length === 0) return null;
        return (
          <section key={level.id} aria-labelledby={`band-${level.id}`} className="grid gap-2">
            <h3 id={`band-${level.id}`} className="font-medium">
              {level.name}
            </h3>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Salary bands for {level.name}, yearly base pay</caption>
                <thead className="text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      Region
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Year
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Pay per year
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      P25 – P75
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Sample (n)
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Source
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((band) => (
                    <tr key={band.id} className="border-t border-border align-top">
                      <td className="py-1 pr-3">{band.region}</td>
                      <td className="py-1 pr-3">{band.year}</td>
                      <td className="py-1 pr-3">
                        {bandSummary(band)} <span className="text-muted-foreground">({band.currency})</span>
                      </td>
                      <td className="py-1 pr-3">
                        {band.p25Minor === null
                          ? "—"
                          : `${money(band.p25Minor, band.currency)} – ${money(band.p75Minor, band.currency)}`}
                      </td>
                      <td className="py-1 pr-3">
                        {band.sampleSize === null ? "range, no sample" : `n = ${band.sampleSize}`}
                        {band.smallSample && (
                          <span
                            role="note"
                            className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900"
                          >
                            Small sample: fewer than {smallSample} salaries
                          </span>
                        )}
                      </td>
                      <td className="py-1 pr-3">
                        {band.source}
                        {band.licence ? `, licence ${band.licence}` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
