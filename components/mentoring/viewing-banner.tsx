"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";
import { cn } from "@/components/ui/cn";
import { grantedSections, sectionFor } from "@/lib/mentoring/scopes";
import { menteeHref } from "@/lib/mentoring/mentee-link";

function isNotFound(error: unknown): boolean {
  return (
    error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND"
  );
}

/** Tells a mentor whose pages these are, that they are read-only, and which other sections were shared. */
export function ViewingBanner({ menteeId }: { menteeId: string }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  // Asked on every page load, never cached across loads: access can end at any moment.
  const viewing = useQuery({
    ...trpc.mentoring.viewing.queryOptions({ menteeId }),
    retry: false,
    staleTime: 0,
  });
  const current = sectionFor(pathname);
  const section = current?.label.toLowerCase() ?? "pages";
  const data = viewing.data;
  const withdrawn = data && current && !data.scopes.includes(current.scope);

  return (
    <aside
      aria-label="Mentor view"
      className="grid gap-2 rounded-lg border border-primary/40 bg-accent px-4 py-3 text-sm"
    >
      {viewing.isPending && <p>Checking what this mentee shares with you…</p>}
      {viewing.isError && (
        <p role="alert" className="font-medium">
          {isNotFound(viewing.error)
            ? "Your access to these pages has ended: the mentorship was ended, or you were never this person's mentor."
            : viewing.error.message}
        </p>
      )}
      {data && !withdrawn && (
        <p className="font-medium">
          Viewing {data.name}&rsquo;s {section} · read-only
        </p>
      )}
      {withdrawn && (
        <p role="alert" className="font-medium">
          {data.name} does not share their {section} with you: your access to these pages has ended.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link href="/mentoring" className="underline">
          Back to mentoring
        </Link>
        {data && (
          <nav aria-label="Sections shared with you">
            <ul className="flex flex-wrap gap-3">
              {grantedSections(data.scopes).map((s) => (
                <li key={s.scope}>
                  <Link
                    href={menteeHref(s.path, menteeId)}
                    aria-current={current?.scope === s.scope ? "page" : undefined}
                    className={cn("underline", current?.scope === s.scope && "font-semibold")}
                  >
                    {s.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </aside>
  );
}
