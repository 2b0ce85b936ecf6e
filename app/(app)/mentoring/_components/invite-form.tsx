"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "@/lib/dates";
import { CopyLink } from "@/components/mentoring/copy-link";
import { ScopeCheckboxes, toggledScopes } from "@/components/mentoring/scope-checkboxes";
import type { CreatedInvitation } from "@/components/mentoring/types";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DEFAULT_SCOPES, type MentorshipScope } from "@/lib/mentoring/rules";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { inviteInput } from "@/lib/mentoring/inputs";

/** Creates an invitation link; the link is shown once, since only its hash is stored. */
export function InviteForm({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [scopes, setScopes] = useState<MentorshipScope[]>([...DEFAULT_SCOPES]);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invite = useMutation(
    trpc.mentoring.invite.mutationOptions({
      onSuccess: (result) => {
        setCreated(result);
        return queryClient.invalidateQueries({ queryKey: trpc.mentoring.invitations.queryKey() });
      },
    }),
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...serverFieldErrors(invite.error), ...clientErrors };

  return (
    <div className="grid gap-4">
      <form
        className="grid gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The same schema as the server: a mistyped address is flagged before a round trip.
          const parsed = inviteInput.safeParse({
            email: new FormData(event.currentTarget).get("email"),
            scopes,
          });
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          setCreated(null);
          invite.mutate(parsed.data);
        }}
      >
        <FormMessage
          error={invite.error && !serverFieldErrors(invite.error) ? invite.error.message : undefined}
        />
        <Field
          label="Mentor's email (optional)"
          name="email"
          type="email"
          autoComplete="off"
          hint="We send them the link; leave it empty to share the link yourself."
          errors={errors.email}
        />
        <ScopeCheckboxes
          legend="Sections your mentor may read"
          checked={scopes}
          errors={errors.scopes}
          onToggle={(scope, on) => setScopes((current) => toggledScopes(current, scope, on))}
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
