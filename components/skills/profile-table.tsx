"use client";

import Link from "next/link";
import { Fragment, useRef, useState } from "react";
import { useMenteeHref } from "@/components/mentoring/viewing";
import { Button } from "@/components/ui/button";
import { evidenceCountLabel, KIND_LABELS, levelOnScale } from "@/lib/skills/format";
import { QuickAssess } from "./quick-assess";
import { formatDate } from "@/lib/dates";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

interface ProfileRow {
  skillId: string;
  name: string;
  kind: keyof typeof KIND_LABELS;
  level: number | null;
  assessedOn: string | null;
  evidenceCount: number;
  /** The latest mentor rating (any mentor), shown beside the self level; it never replaces it. */
  mentorLevel: number | null;
  mentorAssessedOn: string | null;
}

interface ProfileTableProps {
  rows: ProfileRow[];
  today: string;
  /** Past profiles, and a mentor's view, are read-only: assessing happens today, by the owner. */
  readOnly: boolean;
  caption: string;
  onMoreDetails: (skillId: string) => void;
}

export function ProfileTable({ rows, today, readOnly, caption, onMoreDetails }: ProfileTableProps) {
  const hrefFor = useMenteeHref();
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const assessButtons = useRef(new Map<string, HTMLButtonElement>());
  const close = (skillId: string) => {
    setOpen(null);
    assessButtons.current.get(skillId)?.focus();
  };

  return (
    <div className="grid gap-2">
      <p role="status" className="min-h-5 text-sm">
        {notice}
      </p>
      <Table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHeader className="border-b border-border text-muted-foreground">
          <TableRow>
            <TableHead scope="col" className="py-2 pr-4 font-medium">
              Skill
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4 font-medium">
              Self rating
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4 font-medium">
              Last assessed
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4 font-medium">
              Evidence
            </TableHead>
            <TableHead scope="col" className="py-2 pr-4 font-medium">
              Mentor rating
            </TableHead>
            <TableHead scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Fragment key={row.skillId}>
              <TableRow className="border-b border-border align-middle">
                <TableHead scope="row" className="py-2 pr-4 font-medium">
                  {row.name}
                  <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs font-normal text-muted-foreground">
                    {KIND_LABELS[row.kind]}
                  </span>
                </TableHead>
                <TableCell className="py-2 pr-4">
                  {row.level ? (
                    levelOnScale(row.level)
                  ) : (
                    <span className="text-muted-foreground">Not assessed</span>
                  )}
                </TableCell>
                <TableCell className="py-2 pr-4">
                  {row.assessedOn ? formatDate(row.assessedOn) : "—"}
                </TableCell>
                <TableCell className="py-2 pr-4">
                  {row.level ? evidenceCountLabel(row.evidenceCount) : "—"}
                </TableCell>
                <TableCell className="py-2 pr-4">
                  {row.mentorLevel ? (
                    <>
                      {levelOnScale(row.mentorLevel)}
                      {row.mentorAssessedOn && (
                        <span className="block text-xs text-muted-foreground">
                          on {formatDate(row.mentorAssessedOn)}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="py-2">
                  <div className="flex justify-end gap-2">
                    {!readOnly && (
                      <Button
                        size="sm"
                        ref={(element) => {
                          if (element) assessButtons.current.set(row.skillId, element);
                        }}
                        aria-expanded={open === row.skillId}
                        aria-label={`Assess ${row.name}`}
                        onClick={() => setOpen(open === row.skillId ? null : row.skillId)}
                      >
                        Assess
                      </Button>
                    )}
                    <Button asChild size="sm" variant="outline">
                      <Link href={hrefFor(`/skills/${row.skillId}`)} aria-label={`History of ${row.name}`}>
                        History
                      </Link>
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
              {open === row.skillId && !readOnly && (
                <TableRow className="border-b border-border bg-accent/40">
                  <TableCell colSpan={6} className="px-2 py-3">
                    <QuickAssess
                      skillId={row.skillId}
                      skillName={row.name}
                      today={today}
                      onDone={(message) => {
                        setNotice(message);
                        close(row.skillId);
                      }}
                      onCancel={() => close(row.skillId)}
                      onMoreDetails={() => {
                        setOpen(null);
                        onMoreDetails(row.skillId);
                      }}
                    />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
