"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { scopeWords } from "@/components/mentoring/scope-list";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const STATUS_WORDS = { pending: "Pending", accepted: "Accepted", expired: "Expired", revoked: "Withdrawn" };

/** Invitations the mentee sent; a pending one can be withdrawn before anyone uses it. */
export function InvitationList({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: invitations } = useSuspenseQuery(trpc.mentoring.invitations.queryOptions());
  const revoke = useMutation(
    trpc.mentoring.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.invitations.queryKey() }),
    }),
  );
  if (invitations.length === 0) return null;

  return (
    <div className="grid gap-2">
      <h3 className="font-medium">Invitations</h3>
      <FormMessage
        error={revoke.error?.message}
        notice={revoke.isSuccess ? "Invitation withdrawn: its link no longer works." : undefined}
      />
      <ul className="grid gap-2">
        {invitations.map((invitation) => {
          const who = invitation.email ?? "Link without email";
          return (
            <li
              key={invitation.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3 text-sm"
            >
              <div className="grid gap-0.5">
                <span className="font-medium">
                  {who} · {STATUS_WORDS[invitation.status]}
                </span>
                <span className="text-muted-foreground">
                  Shares {scopeWords(invitation.scopes)} · created{" "}
                  {formatDateTime(new Date(invitation.createdAt), timeZone)}
                  {invitation.status === "pending" &&
                    ` · expires ${formatDateTime(new Date(invitation.expiresAt), timeZone)}`}
                </span>
              </div>
              {invitation.status === "pending" && (
                <Button
                  size="sm"
                  variant="outline"
                  aria-label={`Revoke invitation for ${who}`}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ id: invitation.id })}
                >
                  Revoke
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
