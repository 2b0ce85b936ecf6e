"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formatDateTime } from "@/lib/dates";
import { inviteToInstanceInput } from "@/lib/admin/inputs";
import type { SignUpMode } from "@/lib/admin/sign-up-mode";

const MODE_NOTE: Record<SignUpMode, string> = {
  open: "Sign-up is open (SIGNUP=open), so anyone can create an account; an invitation still mails a link.",
  invite: "Sign-up is by invitation (SIGNUP=invite): only the addresses invited here can create an account.",
  closed: "Sign-up is closed (SIGNUP=closed): nobody can create an account, invited or not.",
};

/** Invite someone by email, and see or revoke the invitations not used yet. */
export function Invitations({ timeZone, signUpMode }: { timeZone: string; signUpMode: SignUpMode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string>();
  const { data: invitations } = useSuspenseQuery(trpc.admin.invitations.queryOptions());
  const form = useZodForm(inviteToInstanceInput, { defaultValues: { email: "" } });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.invitations.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.auditLog.pathKey() }),
    ]);
  const invite = useMutation(
    trpc.admin.invite.mutationOptions({
      onSuccess: async (sent) => {
        form.reset();
        setNotice(
          sent.sent
            ? `Invitation sent to ${sent.email}.`
            : `The invitation to ${sent.email} is saved, but the email could not be sent: check the mail settings and invite again.`,
        );
        await refresh();
      },
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const revoke = useMutation(trpc.admin.revokeInvitation.mutationOptions({ onSuccess: refresh }));
  const canInvite = signUpMode !== "closed";

  return (
    <Card className="grid gap-4" aria-labelledby="invitations-title">
      <CardTitle id="invitations-title">Invitations</CardTitle>
      <CardDescription>{MODE_NOTE[signUpMode]}</CardDescription>
      <FormMessage
        error={form.formState.errors.root?.server?.message ?? revoke.error?.message}
        notice={notice}
      />
      {canInvite && (
        <form
          className="flex flex-wrap items-end gap-3"
          noValidate
          aria-label="Invite someone"
          onSubmit={(event) => {
            setNotice(undefined);
            void form.handleSubmit((values) => invite.mutate(values))(event);
          }}
        >
          <div className="min-w-64 flex-1">
            <Field
              label="Email to invite"
              type="email"
              autoComplete="off"
              errors={errorsAt(form.formState.errors, "email")}
              {...form.register("email")}
            />
          </div>
          <Button type="submit" disabled={invite.isPending}>
            Send invitation
          </Button>
        </form>
      )}
      {invitations.length > 0 && (
        <ul
          aria-label="Pending invitations"
          className="grid divide-y divide-border rounded-md border border-border"
        >
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-3 p-3">
              <div className="grid min-w-0 flex-1 gap-0.5">
                <p className="truncate font-medium">{invitation.email}</p>
                <p className="text-xs text-muted-foreground">
                  Sent {formatDateTime(invitation.createdAt, timeZone)} · expires{" "}
                  {formatDateTime(invitation.expiresAt, timeZone)}
                </p>
              </div>
              <ConfirmDialog
                trigger={
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Revoke the invitation of ${invitation.email}`}
                  >
                    Revoke
                  </Button>
                }
                title={`Revoke the invitation of ${invitation.email}?`}
                description="Its link stops working now."
                confirmLabel="Revoke"
                onConfirm={() => revoke.mutate({ id: invitation.id })}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
