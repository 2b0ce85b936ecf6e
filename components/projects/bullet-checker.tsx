"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { checkBulletInput } from "@/lib/projects/inputs";

/** Checks a bullet the user wrote: a number, an action verb, an outcome, and no confidential figure. */
export function BulletChecker({ projectId, projectTitle }: { projectId: string; projectTitle: string }) {
  const trpc = useTRPC();
  const resultId = useId();
  const form = useZodForm(checkBulletInput, { defaultValues: { projectId, text: "" } });
  const check = useMutation(
    trpc.projects.checkBullet.mutationOptions({
      // The project is not a field, so what is said about it is the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (path === "text" ? path : "root.server")),
    }),
  );
  const { errors } = form.formState;
  const issues = check.data?.issues;

  return (
    <form
      className="grid gap-2"
      noValidate
      aria-label={`Check a bullet for ${projectTitle}`}
      onSubmit={form.handleSubmit((values) => check.mutate(values))}
    >
      <TextareaField
        label="Check a bullet you wrote"
        rows={2}
        hint="Checks for a number, a strong action verb, an outcome, and figures marked confidential"
        {...form.register("text")}
        errors={errorsAt(errors, "text")}
      />
      <Button
        type="submit"
        size="sm"
        variant="outline"
        className="justify-self-start"
        disabled={check.isPending}
      >
        Check bullet
      </Button>
      <FormMessage error={errors.root?.server?.message} />
      <div id={resultId} role="status" aria-live="polite" className="text-sm">
        {issues?.length === 0 && <p>Looks strong: it has a number, an action verb and an outcome.</p>}
        {issues && issues.length > 0 && (
          <ul className="grid list-disc gap-1 pl-5 text-destructive" aria-label="Issues with this bullet">
            {issues.map((issue, index) => (
              <li key={`${issue.code}-${index}`}>{issue.message}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
