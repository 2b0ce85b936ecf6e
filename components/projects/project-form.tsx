"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { splitList, TECHNOLOGIES_MAX } from "@/lib/projects/rules";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { createProjectInput, updateProjectInput } from "@/lib/projects/inputs";
import { errorsFor } from "@/lib/projects/field-errors";
import { SkillsPicker } from "./skills-picker";
import type { Project } from "./types";
import { useRefreshProjects } from "./use-projects-cache";

interface ProjectFormProps {
  /** The project to edit; without it the form creates one. */
  project?: Project;
  onDone: () => void;
}

function valuesOf(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    role: text("role"),
    company: text("company"),
    startedOn: text("startedOn"),
    endedOn: text("endedOn"),
    description: text("description"),
    technologies: splitList(text("technologies")),
    skillIds: form.getAll("skillIds").filter((value): value is string => typeof value === "string"),
  };
}

/** Create or edit a project: every field labelled, errors next to their field, the same schema as the server. */
export function ProjectForm({ project, onDone }: ProjectFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProjects();
  const { data: skills } = useSuspenseQuery(trpc.skills.catalogue.queryOptions());
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const done = async () => {
    await refresh();
    onDone();
  };
  const create = useMutation(trpc.projects.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.projects.update.mutationOptions({ onSuccess: done }));
  const mutation = project ? update : create;
  const serverErrors = serverFieldErrors(mutation.error);
  const errors = { ...serverErrors, ...clientErrors };
  const field = (name: string) => errorsFor(errors, name);

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label={project ? `Edit ${project.title}` : "New project"}
      onSubmit={(event) => {
        event.preventDefault();
        const values = valuesOf(new FormData(event.currentTarget));
        if (project) {
          const parsed = updateProjectInput.safeParse({ ...values, id: project.id });
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          update.mutate(parsed.data);
        } else {
          const parsed = createProjectInput.safeParse(values);
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          create.mutate(parsed.data);
        }
      }}
    >
      <FormMessage error={mutation.error && !serverErrors ? mutation.error.message : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" name="title" defaultValue={project?.title} errors={field("title")} required />
        <Field label="Role" name="role" defaultValue={project?.role} errors={field("role")} required />
        <Field
          label="Company"
          name="company"
          defaultValue={project?.company ?? ""}
          hint="Optional"
          errors={field("company")}
        />
        <Field
          label="Technologies"
          name="technologies"
          defaultValue={project?.technologies.join(", ")}
          hint={`Separated by commas, up to ${TECHNOLOGIES_MAX}; e.g. Go, PostgreSQL, Redis`}
          errors={field("technologies")}
        />
        <Field
          label="Started on"
          name="startedOn"
          type="date"
          defaultValue={project?.startedOn}
          errors={field("startedOn")}
          required
        />
        <Field
          label="Ended on"
          name="endedOn"
          type="date"
          defaultValue={project?.endedOn ?? ""}
          hint="Leave empty while the project is ongoing"
          errors={field("endedOn")}
        />
      </div>
      <TextareaField
        label="Description"
        name="description"
        defaultValue={project?.description}
        hint="What the project was and what you did in it"
        errors={field("description")}
      />
      <SkillsPicker
        skills={skills}
        selected={project?.skills.map((skill) => skill.id) ?? []}
        errors={field("skillIds")}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {project ? "Save changes" : "Save project"}
        </Button>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
