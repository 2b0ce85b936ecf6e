"use client";

import { EmptyState } from "@/components/ui/empty-state";
import type { RouterOutputs } from "@/components/trpc/types";
import { bandSummary, money } from "@/lib/salaries/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** A band as the salaries router returns it. */
export type BandRow = RouterOutputs["salaries"]["bands"]["bands"][number];

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
            <Table className="w-full text-left text-sm">
              <caption className="sr-only">Salary bands for {level.name}, yearly base pay</caption>
              <TableHeader className="text-muted-foreground">
                <TableRow>
                  <TableHead scope="col" className="py-1 pr-3">
                    Region
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Year
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Pay per year
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    P25 – P75
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Sample (n)
                  </TableHead>
                  <TableHead scope="col" className="py-1 pr-3">
                    Source
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((band) => (
                  <TableRow key={band.id} className="border-t border-border align-top">
                    <TableCell className="py-1 pr-3">{band.region}</TableCell>
                    <TableCell className="py-1 pr-3">{band.year}</TableCell>
                    <TableCell className="py-1 pr-3">
                      {bandSummary(band)} <span className="text-muted-foreground">({band.currency})</span>
                    </TableCell>
                    <TableCell className="py-1 pr-3">
                      {band.p25Minor === null
                        ? "—"
                        : `${money(band.p25Minor, band.currency)} – ${money(band.p75Minor, band.currency)}`}
                    </TableCell>
                    <TableCell className="py-1 pr-3">
                      {band.sampleSize === null ? "range, no sample" : `n = ${band.sampleSize}`}
                      {band.smallSample && (
                        <span role="note" className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">
                          Small sample: fewer than {smallSample} salaries
                        </span>
                      )}
                    </TableCell>
                    <TableCell className="py-1 pr-3">
                      {band.source}
                      {band.licence ? `, licence ${band.licence}` : ""}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}
