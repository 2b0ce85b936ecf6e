"use client";

import { useMutation, useSuspenseInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { PROJECTS_PAGE_SIZE, projectsPaging } from "@/lib/projects/paging";
import { ProjectCard } from "./project-card";
import { ProjectForm } from "./project-form";
import { useRefreshProjects } from "./use-projects-cache";

/** The projects page: newest first, "Load more" for the next keyset page, a form to add one (owner only). */
export function ProjectsView() {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const refresh = useRefreshProjects();
  const offerUndo = useOfferUndo();
  const [adding, setAdding] = useState(false);
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const list = useSuspenseInfiniteQuery(
    trpc.projects.list.infiniteQueryOptions({ limit: PROJECTS_PAGE_SIZE, menteeId }, projectsPaging),
  );
  // Lives here, not in the card: the card is gone by the time someone presses Undo.
  const restore = useMutation(trpc.projects.restore.mutationOptions({ onSuccess: () => refresh() }));
  const onDeleted = useCallback(
    (project: { id: string; title: string }) =>
      offerUndo({ message: `Deleted “${project.title}”.`, undo: () => restore.mutate({ id: project.id }) }),
    [offerUndo, restore],
  );
  const projects = list.data.pages.flatMap((page) => page.items);

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">Projects</h1>
          <p className="text-sm text-muted-foreground">
            {readOnly
              ? "What your mentee built, their role, and the numbers it moved, with the resume bullets written from them."
              : "What you built, your role, and the numbers it moved. Resume bullets are written from your recorded outcomes."}
          </p>
        </div>
        {!adding && !readOnly && <Button onClick={() => setAdding(true)}>Add project</Button>}
      </div>

      {adding && !readOnly && (
        <Card className="grid gap-4">
          <CardTitle>New project</CardTitle>
          <ProjectForm onDone={() => setAdding(false)} />
        </Card>
      )}

      <FormMessage error={restore.error ? `Could not undo: ${restore.error.message}` : undefined} />

      {projects.length === 0 && !adding ? (
        <EmptyState title="No projects yet">
          {readOnly
            ? "Your mentee has not recorded a project yet."
            : "Add your first project: its title, your role and dates, then record an outcome such as “p95 latency from 800 ms to 240 ms” to get a resume bullet."}
        </EmptyState>
      ) : (
        <ol className="grid gap-4" aria-label="Projects, newest first">
          {projects.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} timeZone={profile.timeZone} onDeleted={onDeleted} />
            </li>
          ))}
        </ol>
      )}

      {list.hasNextPage && (
        <Button
          variant="outline"
          className="justify-self-center"
          disabled={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
      <FormMessage
        error={list.isFetchNextPageError ? "Could not load more projects; try again." : undefined}
      />
    </div>
  );
}
