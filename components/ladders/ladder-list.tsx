"use client";

import {
  useMutation,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { ExportButton } from "./export-button";
import { LADDERS_PAGE_SIZE, laddersPaging, SOURCE_LABELS, type LadderSummary } from "./types";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Provenance({ ladder, timeZone }: { ladder: LadderSummary; timeZone: string }) {
  if (ladder.builtin) return <>Built in · from {ladder.sourceName ?? "Trajectory"}</>;
  return (
    <>
      Imported from {ladder.sourceName ?? "a file"} ({SOURCE_LABELS[ladder.source]}) on{" "}
      {formatDateTime(new Date(ladder.createdAt), timeZone)}
    </>
  );
}

export function LadderList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const offerUndo = useOfferUndo();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const list = useSuspenseInfiniteQuery(
    trpc.ladders.list.infiniteQueryOptions({ limit: LADDERS_PAGE_SIZE }, laddersPaging),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.ladders.pathKey() });
  const restore = useMutation(trpc.ladders.restore.mutationOptions({ onSuccess: () => refresh() }));
  const remove = useMutation(
    trpc.ladders.delete.mutationOptions({
      onSuccess: async (_deleted, { id }) => {
        await refresh();
        offerUndo({ message: "Ladder deleted.", undo: () => restore.mutate({ id }) });
      },
    }),
  );
  const ladders = list.data.pages.flatMap((page) => page.items);
  const imported = ladders.filter((ladder) => !ladder.builtin).length;

  return (
    <section aria-labelledby="ladders-heading" className="grid gap-3">
      <h2 id="ladders-heading" className="text-lg font-semibold">
        Your ladders
      </h2>
      <ul className="grid gap-3">
        {ladders.map((ladder) => (
          <li key={ladder.id} className="grid gap-2 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link
                href={`/levels/ladders/${ladder.id}`}
                className="font-medium underline-offset-4 hover:underline"
              >
                {ladder.name}
              </Link>
              <span className="text-sm text-muted-foreground">
                {count(ladder.levels, "level", "levels")} ·{" "}
                {count(ladder.competencies, "competency", "competencies")}
              </span>
            </div>
            <p className="text-sm text-muted-foreground">
              <Provenance ladder={ladder} timeZone={profile.timeZone} />
            </p>
            <div className="flex flex-wrap gap-2">
              <ExportButton id={ladder.id} name={ladder.name} />
              {!ladder.builtin && (
                <ConfirmDialog
                  trigger={
                    <Button variant="outline" size="sm" aria-label={`Delete ${ladder.name}`}>
                      Delete
                    </Button>
                  }
                  title={`Delete “${ladder.name}”?`}
                  description="The ladder, its levels and expectations disappear from your lists. You can undo for a few minutes."
                  confirmLabel="Delete ladder"
                  onConfirm={() => remove.mutate({ id: ladder.id })}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      {imported === 0 && (
        <EmptyState title="No imported ladders yet">
          Start with the built-in backend ladder, or import your company&apos;s framework with the form below.
        </EmptyState>
      )}
      {list.hasNextPage && (
        <Button
          variant="outline"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          Load more ladders
        </Button>
      )}
    </section>
  );
}
