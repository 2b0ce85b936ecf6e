"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { RequestReviewForm } from "@/components/reviews/request-review-form";
import { ReviewThread } from "@/components/reviews/review-thread";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { BulletChecker } from "./bullet-checker";
import { BulletList } from "./bullet-list";
import { formatPeriod } from "@/lib/projects/format";
import { OutcomeEditor } from "./outcome-editor";
import { ProjectForm } from "./project-form";
import type { Project } from "./types";
import { useRefreshProjects } from "./use-projects-cache";
import { formatMoment } from "@/lib/dates";

interface ProjectCardProps {
  project: Project;
  timeZone: string;
  onDeleted: (project: { id: string; title: string }) => void;
}

/** One project: its details, outcomes, generated bullets and the bullet checker. */
export function ProjectCard({ project, timeZone, onDeleted }: ProjectCardProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProjects();
  const headingId = useId();
  const { readOnly } = useViewing();
  const [editing, setEditing] = useState(false);
  const remove = useMutation(
    trpc.projects.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDeleted(project);
      },
    }),
  );

  return (
    <Card id={`project-${project.id}`} className="grid scroll-mt-4 gap-5" aria-labelledby={headingId}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h2 id={headingId} className="text-lg font-semibold">
            {project.title}
          </h2>
          <p className="text-sm">
            {project.role}
            {project.company ? ` at ${project.company}` : ""}
            {project.companyHidden && <span className="text-muted-foreground"> (company not shared)</span>}
          </p>
          <p className="text-sm text-muted-foreground">
            {formatPeriod(project.startedOn, project.endedOn)} · added{" "}
            {formatMoment(project.createdAt, timeZone)}
          </p>
        </div>
        {!editing && !readOnly && (
          <div className="flex gap-2">
            <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {project.title}</span>
            </Button>
            <ConfirmDialog
              trigger={
                <Button variant="outline" size="sm" disabled={remove.isPending}>
                  Delete<span className="sr-only"> {project.title}</span>
                </Button>
              }
              title={`Delete “${project.title}”?`}
              description="The project, its outcomes and bullets disappear from your log. You can undo for a few minutes."
              confirmLabel="Delete project"
              onConfirm={() => remove.mutate({ id: project.id })}
            />
          </div>
        )}
      </header>
      <FormMessage error={remove.error?.message} />

      {editing && !readOnly ? (
        <ProjectForm project={project} onDone={() => setEditing(false)} />
      ) : (
        <ProjectFacts project={project} />
      )}

      <OutcomeEditor projectId={project.id} projectTitle={project.title} outcomes={project.outcomes} />
      <BulletList projectTitle={project.title} bullets={project.bullets} />
      {!readOnly && <BulletChecker projectId={project.id} projectTitle={project.title} />}
      <ProjectReview projectId={project.id} title={project.title} />
    </Card>
  );
}

/** The review thread and a request for one, loaded only once opened: a page of projects would load every thread. */
function ProjectReview({ projectId, title }: { projectId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // A notification links to `#project-<id>`: arrive with the thread open (onToggle then loads it).
  useEffect(() => {
    if (details.current && window.location.hash === `#project-${projectId}`) details.current.open = true;
  }, [projectId]);
  return (
    <details ref={details} className="grid gap-2" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">
        Review comments<span className="sr-only"> on {title}</span>
      </summary>
      {open && (
        <>
          <ReviewThread subjectType="project" subjectId={projectId} />
          <RequestReviewForm subjectType="project" subjectId={projectId} collapsed />
        </>
      )}
    </details>
  );
}

function ProjectFacts({ project }: { project: Project }) {
  const facts = [
    { term: "Technologies", value: project.technologies.join(", ") },
    { term: "Skills demonstrated", value: project.skills.map((skill) => skill.name).join(", ") },
  ].filter((fact) => fact.value !== "");
  return (
    <div className="grid gap-2">
      {project.description && <p className="whitespace-pre-line text-sm">{project.description}</p>}
      {facts.length > 0 && (
        <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {facts.map((fact) => (
            <div key={fact.term} className="contents">
              <dt className="font-medium">{fact.term}</dt>
              <dd className="text-muted-foreground">{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
