"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { TECHNOLOGIES_MAX } from "@/lib/projects/rules";
import { projectForm } from "@/lib/projects/project-form";
import { SkillsPicker } from "./skills-picker";
import type { Project } from "./types";
import { useRefreshProjects } from "./use-projects-cache";

interface ProjectFormProps {
  /** The project to edit; without it the form creates one. */
  project?: Project;
  onDone: () => void;
}

/** Create or edit a project: every field labelled, errors next to their field, the same schema as the server. */
export function ProjectForm({ project, onDone }: ProjectFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProjects();
  const { data: skills } = useSuspenseQuery(trpc.skills.catalogue.queryOptions());
  const form = useZodForm(projectForm, {
    defaultValues: {
      title: project?.title ?? "",
      role: project?.role ?? "",
      company: project?.company ?? "",
      startedOn: project?.startedOn ?? "",
      endedOn: project?.endedOn ?? "",
      description: project?.description ?? "",
      technologies: project?.technologies.join(", ") ?? "",
      skillIds: project?.skills.map((skill) => skill.id) ?? [],
    },
  });
  const done = async () => {
    await refresh();
    onDone();
  };
  // The id is not a field, so what is said about it is the form's message.
  const onError = (error: unknown) =>
    setServerErrors(form, error, (path) => (path === "id" ? "root.server" : path));
  const create = useMutation(trpc.projects.create.mutationOptions({ onSuccess: done, onError }));
  const update = useMutation(trpc.projects.update.mutationOptions({ onSuccess: done, onError }));
  const mutation = project ? update : create;
  const { errors } = form.formState;
  const field = (name: string) => errorsAt(errors, name);

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label={project ? `Edit ${project.title}` : "New project"}
      onSubmit={form.handleSubmit((values) =>
        project ? update.mutate({ ...values, id: project.id }) : create.mutate(values),
      )}
    >
      <FormMessage error={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" {...form.register("title")} errors={field("title")} required />
        <Field label="Role" {...form.register("role")} errors={field("role")} required />
        <Field label="Company" hint="Optional" {...form.register("company")} errors={field("company")} />
        <Field
          label="Technologies"
          hint={`Separated by commas, up to ${TECHNOLOGIES_MAX}; e.g. Go, PostgreSQL, Redis`}
          {...form.register("technologies")}
          errors={field("technologies")}
        />
        <Field
          label="Started on"
          type="date"
          {...form.register("startedOn")}
          errors={field("startedOn")}
          required
        />
        <Field
          label="Ended on"
          type="date"
          hint="Leave empty while the project is ongoing"
          {...form.register("endedOn")}
          errors={field("endedOn")}
        />
      </div>
      <TextareaField
        label="Description"
        hint="What the project was and what you did in it"
        {...form.register("description")}
        errors={field("description")}
      />
      <SkillsPicker skills={skills} field={form.register("skillIds")} errors={field("skillIds")} />
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
