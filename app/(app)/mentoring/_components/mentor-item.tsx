"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { formatDateTime } from "@/lib/dates";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { ScopeCheckboxes, toggledScopes } from "@/components/mentoring/scope-checkboxes";
import { SCOPE_LABELS } from "@/lib/mentoring/scopes";
import type { Mentor } from "@/components/mentoring/types";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { setScopesInput } from "@/lib/mentoring/inputs";

/** One mentor: what they may read (saved on every change) and a way to end it. */
export function MentorItem({ mentor, timeZone }: { mentor: Mentor; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | undefined>();
  const form = useZodForm(setScopesInput, {
    defaultValues: { mentorshipId: mentor.mentorshipId, scopes: mentor.scopes },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.mentors.queryKey() });
  const setScopesMutation = useMutation({
    ...trpc.mentoring.setScopes.mutationOptions({
      onSuccess: refresh,
      onError: (error) => {
        // The boxes go back to what the server still has.
        form.setValue("scopes", mentor.scopes);
        setServerErrors(form, error);
      },
    }),
    // One change at a time per mentor, in the order they were made; the boxes stay usable meanwhile.
    scope: { id: `mentorship-scopes-${mentor.mentorshipId}` },
  });
  const end = useMutation(trpc.mentoring.end.mutationOptions({ onSuccess: refresh }));
  const save = form.handleSubmit((values) => setScopesMutation.mutate(values));
  const { errors } = form.formState;
  const name = mentor.mentorName;

  return (
    <li className="grid gap-3 rounded-md border border-border p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-0.5">
          <h4 className="font-medium">{name}</h4>
          <p className="text-sm text-muted-foreground">
            {mentor.mentorEmail} · your mentor since {formatDateTime(new Date(mentor.since), timeZone)}
          </p>
        </div>
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline" disabled={end.isPending}>
              End mentorship
            </Button>
          }
          title={`End mentorship with ${name}?`}
          description="They lose access to every section at once. Their comments stay in your history; inviting them again needs a new link."
          confirmLabel="End mentorship"
          onConfirm={() => end.mutate({ mentorshipId: mentor.mentorshipId })}
        />
      </div>
      <FormMessage
        error={errors.root?.server?.message ?? errors.mentorshipId?.message ?? end.error?.message}
        notice={setScopesMutation.isPending ? "Saving…" : setScopesMutation.isSuccess ? saved : undefined}
      />
      <Controller
        control={form.control}
        name="scopes"
        render={({ field }) => (
          <ScopeCheckboxes
            legend={`What ${name} may read`}
            checked={field.value}
            disabled={end.isPending}
            errors={errorsAt(errors, "scopes")}
            onToggle={(scope, on) => {
              field.onChange(toggledScopes(field.value, scope, on));
              setSaved(`Saved: ${SCOPE_LABELS[scope].label} ${on ? "shared with" : "hidden from"} ${name}.`);
              void save();
            }}
          />
        )}
      />
    </li>
  );
}
