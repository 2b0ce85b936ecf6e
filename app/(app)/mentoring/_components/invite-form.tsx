"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { formatDateTime } from "@/lib/dates";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { CopyLink } from "@/components/mentoring/copy-link";
import { ScopeCheckboxes, toggledScopes } from "@/components/mentoring/scope-checkboxes";
import type { CreatedInvitation } from "@/components/mentoring/types";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DEFAULT_SCOPES } from "@/lib/mentoring/rules";
import { inviteInput } from "@/lib/mentoring/inputs";

/** Creates an invitation link; the link is shown once, since only its hash is stored. */
export function InviteForm({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  // The same schema as the server: a mistyped address is flagged before a round trip.
  const form = useZodForm(inviteInput, { defaultValues: { email: "", scopes: [...DEFAULT_SCOPES] } });
  const invite = useMutation(
    trpc.mentoring.invite.mutationOptions({
      onSuccess: (result) => {
        setCreated(result);
        return queryClient.invalidateQueries({ queryKey: trpc.mentoring.invitations.queryKey() });
      },
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const { errors } = form.formState;

  return (
    <div className="grid gap-4">
      <form
        className="grid gap-4"
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setCreated(null);
          invite.mutate(values);
        })}
      >
        <FormMessage error={errors.root?.server?.message} />
        <Field
          label="Mentor's email (optional)"
          type="email"
          autoComplete="off"
          {...form.register("email")}
          hint="We send them the link; leave it empty to share the link yourself."
          errors={errorsAt(errors, "email")}
        />
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <ScopeCheckboxes
              legend="Sections your mentor may read"
              checked={field.value ?? []}
              errors={errorsAt(errors, "scopes")}
              onToggle={(scope, on) => field.onChange(toggledScopes(field.value ?? [], scope, on))}
            />
          )}
        />
        <Button type="submit" disabled={invite.isPending} className="justify-self-start">
          Create invitation link
        </Button>
      </form>
      {created && (
        <div role="status" className="grid gap-3 rounded-md border border-border bg-muted p-4">
          <p className="text-sm font-medium">
            Invitation created. This link is shown only once: copy it now.
          </p>
          <CopyLink label="Invitation link" url={created.url} />
          <p className="text-sm">
            {created.emailed ? "We emailed the link to your mentor." : "Not emailed: send the link yourself."}{" "}
            It works once and expires {formatDateTime(new Date(created.expiresAt), timeZone)}.
          </p>
        </div>
      )}
    </div>
  );
}
