"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { checkBulletInput } from "@/lib/projects/inputs";

/** Checks a bullet the user wrote: a number, an action verb, an outcome, and no confidential figure. */
export function BulletChecker({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const resultId = useId();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const check = useMutation(trpc.projects.checkBullet.mutationOptions());
  const serverErrors = serverFieldErrors(check.error);
  const errors = { ...serverErrors, ...clientErrors };
  const issues = check.data?.issues;

  return (
    <form
      className="grid gap-2"
      noValidate
      aria-label="Check a bullet"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = checkBulletInput.safeParse({
          projectId,
          text: new FormData(event.currentTarget).get("text"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        check.mutate(parsed.data);
      }}
    >
      <TextareaField
        label="Check a bullet you wrote"
        name="text"
        rows={2}
        hint="Checks for a number, a strong action verb, an outcome, and figures marked confidential"
        errors={errors.text}
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
      <FormMessage error={check.error && !serverErrors ? check.error.message : undefined} />
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
