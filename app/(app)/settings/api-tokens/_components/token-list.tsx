"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";

const SCOPE_LABELS = { read: "Read only", write: "Read and write" } as const;

/** The user's tokens, newest first; revoked ones stay listed, greyed, with their revocation time. */
export function TokenList({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: tokens } = useSuspenseQuery(trpc.apiTokens.list.queryOptions());
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() }),
    }),
  );

  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">You have no tokens yet.</p>;
  return (
    <div className="grid gap-2">
      <FormMessage error={revoke.error?.message} />
      <ul aria-label="Your tokens" className="grid divide-y divide-border rounded-md border border-border">
        {tokens.map((token) => (
          <li
            key={token.id}
            className={`flex flex-wrap items-center gap-3 p-3 ${token.revokedAt ? "opacity-60" : ""}`}
          >
            <div className="grid min-w-0 flex-1 gap-0.5">
              <p className="font-medium">{token.name}</p>
              <p className="text-xs text-muted-foreground">
                <code>{token.prefix}…</code> · {SCOPE_LABELS[token.scope]} · created{" "}
                {formatDateTime(token.createdAt, timeZone)} ·{" "}
                {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt, timeZone)}` : "never used"}
              </p>
            </div>
            {token.revokedAt ? (
              <p className="text-sm text-muted-foreground">
                Revoked {formatDateTime(token.revokedAt, timeZone)}
              </p>
            ) : (
              <ConfirmDialog
                trigger={
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Revoke ${token.name}`}
                    disabled={revoke.isPending}
                  >
                    Revoke
                  </Button>
                }
                title={`Revoke “${token.name}”?`}
                description="Anything using this token is refused from its next request. This cannot be undone."
                confirmLabel="Revoke token"
                onConfirm={() => revoke.mutate({ id: token.id })}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
