"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { StatusBadge } from "@/components/interviews/badges";
import { offerText } from "@/components/interviews/offer-summary";
import { useMenteeHref, useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates";

const LIST_PAGE_SIZE = 20;

/** Every application, newest first, a page at a time. */
export function ApplicationList() {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const hrefOf = useMenteeHref();
  const query = useSuspenseInfiniteQuery(
    trpc.interviews.list.infiniteQueryOptions(
      { limit: LIST_PAGE_SIZE, menteeId },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = query.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <EmptyState title="No applications yet">
        {readOnly
          ? "Your mentee has not recorded an application yet."
          : "Add your first application with “Add application” above."}
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Applications, newest first</caption>
          <thead className="border-b border-border">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Company
              </th>
              <th scope="col" className="py-2 pr-4">
                Role
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2 pr-4">
                Applied on
              </th>
              <th scope="col" className="py-2 pr-4">
                Channel
              </th>
              <th scope="col" className="py-2">
                Offer
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-border">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={hrefOf(`/interviews/${row.id}`)} className="underline-offset-2 hover:underline">
                    {row.company}
                  </Link>
                </th>
                <td className="py-2 pr-4">{row.role}</td>
                <td className="py-2 pr-4">
                  <StatusBadge status={row.status} />
                </td>
                <td className="py-2 pr-4">{formatDate(row.appliedOn)}</td>
                <td className="py-2 pr-4">{row.channel ?? "—"}</td>
                <td className="py-2">{offerText(row) ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query.hasNextPage && (
        <Button
          variant="outline"
          className="justify-self-start"
          disabled={query.isFetchingNextPage}
          onClick={() => query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
