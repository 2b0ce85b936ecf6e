"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment } from "react";
import { useTRPC } from "@/components/trpc/react";
import { proficiencyName } from "@/lib/skills/catalogue";
import { ExportButton } from "./export-button";
import { SOURCE_LABELS, type LadderDetail } from "./types";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Competency = LadderDetail["competencies"][number];

/** Competencies grouped under their theme, in ladder order; ungrouped ones last. */
function groups(ladder: LadderDetail): { name: string | null; competencies: Competency[] }[] {
  const themed = ladder.themes.map((theme) => ({
    name: theme.name,
    competencies: ladder.competencies.filter((c) => c.themeKey === theme.key),
  }));
  const loose = ladder.competencies.filter((c) => c.themeKey === null);
  return [
    ...themed.filter((group) => group.competencies.length > 0),
    ...(loose.length ? [{ name: null, competencies: loose }] : []),
  ];
}

export function LadderMatrix({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: ladder } = useSuspenseQuery(trpc.ladders.byId.queryOptions({ id }));
  const expectation = new Map(ladder.expectations.map((e) => [`${e.levelId}/${e.competencyId}`, e]));
  const columns = ladder.levels.length + 1;

  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href="/levels/ladders" className="underline">
          All ladders
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{ladder.name}</h2>
        <ExportButton id={ladder.id} name={ladder.name} />
      </div>
      {ladder.summary && <p className="text-sm">{ladder.summary}</p>}
      <p className="text-sm text-muted-foreground">
        {SOURCE_LABELS[ladder.source]}
        {ladder.sourceName ? ` · ${ladder.sourceName}` : ""}
        {ladder.licence ? ` · ${ladder.licence}` : ""}
      </p>
      <p className="text-sm text-muted-foreground">
        Each cell is the proficiency the level expects, on the 1–5 scale (1 Awareness … 5 Expert); open a cell
        for its words. Optional competencies are situational and never count as gaps.
      </p>
      <Table className="w-full border-collapse text-sm">
        <caption className="sr-only">Expected proficiency per level and competency</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col" className="border-b border-border p-2 text-left">
              Competency
            </TableHead>
            {ladder.levels.map((level) => (
              <TableHead
                key={level.id}
                scope="col"
                className="border-b border-border p-2 text-left align-bottom"
              >
                <span className="block">{level.name}</span>
                {level.focus && (
                  <span className="block font-normal text-muted-foreground">{level.focus}</span>
                )}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups(ladder).map((group, index) => (
            <Fragment key={group.name ?? `loose-${index}`}>
              {group.name && (
                <TableRow>
                  <TableHead scope="colgroup" colSpan={columns} className="bg-accent p-2 text-left">
                    {group.name}
                  </TableHead>
                </TableRow>
              )}
              {group.competencies.map((competency) => (
                <TableRow key={competency.id} className="border-b border-border align-top">
                  <TableHead scope="row" className="p-2 text-left font-normal">
                    {competency.name}
                    {competency.optional && <span className="ml-1 text-muted-foreground">(optional)</span>}
                  </TableHead>
                  {ladder.levels.map((level) => {
                    const cell = expectation.get(`${level.id}/${competency.id}`);
                    return (
                      <TableCell key={level.id} className="p-2">
                        {cell ? (
                          <details>
                            <summary className="cursor-pointer">
                              {cell.expectedLevel}/5 {proficiencyName(cell.expectedLevel)}
                            </summary>
                            <p className="mt-1 whitespace-pre-line text-muted-foreground">
                              {cell.text || "No words given."}
                            </p>
                          </details>
                        ) : (
                          <span className="text-muted-foreground" aria-label="no expectation">
                            –
                          </span>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
      {ladder.levels.some((level) => level.summary) && (
        <section aria-labelledby="level-expectations" className="grid gap-2">
          <h3 id="level-expectations" className="font-semibold">
            Key expectations per level
          </h3>
          <dl className="grid gap-2 text-sm">
            {ladder.levels.map((level) => (
              <div key={level.id}>
                <dt className="font-medium">{level.name}</dt>
                <dd className="text-muted-foreground">{level.summary ?? "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
