"use client";

import { useState } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { AddPasskeyForm } from "./add-passkey-form";
import { RenamePasskeyForm } from "./rename-passkey-form";

/** The user's passkeys: when each was added and last used; add another, rename or remove one. */
export function PasskeyCard({ timeZone, defaultName }: { timeZone: string; defaultName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: passkeys } = useSuspenseQuery(trpc.passkeys.list.queryOptions());
  const { data: mfa } = useSuspenseQuery(trpc.account.mfa.queryOptions());
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.passkeys.list.queryKey() });
  const remove = useMutation(
    trpc.passkeys.remove.mutationOptions({
      onSuccess: async () => {
        setNotice("The passkey is removed: it no longer signs in.");
        await refresh();
      },
    }),
  );
  const done = (message: string) => {
    setNotice(message);
    void refresh();
  };

  return (
    <Card className="grid gap-4" aria-labelledby="passkeys-title">
      <CardTitle id="passkeys-title">Passkeys</CardTitle>
      <CardDescription>
        Sign in with your device&apos;s fingerprint, face or PIN instead of a password, and without a two-step
        code. The passkey stays on your device or in your password manager; Trajectory keeps only its public
        key.
      </CardDescription>
      <FormMessage error={remove.error?.message} notice={notice} />
      {passkeys.length === 0 ? (
        <p className="text-sm text-muted-foreground">You have no passkeys yet.</p>
      ) : (
        <ul
          aria-label="Your passkeys"
          className="grid divide-y divide-border rounded-md border border-border"
        >
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="grid gap-2 p-3">
              {renaming === passkey.id ? (
                <RenamePasskeyForm
                  passkey={passkey}
                  onDone={(renamedTo) => {
                    setRenaming(null);
                    if (renamedTo) done(`Renamed to “${renamedTo}”.`);
                  }}
                />
              ) : (
                <div className="flex flex-wrap items-center gap-3">
                  <div className="grid min-w-0 flex-1 gap-0.5">
                    <p className="font-medium break-words">{passkey.name}</p>
                    <p className="text-xs text-muted-foreground">
                      {passkey.synced ? "Synced" : "On one device"} · added{" "}
                      {formatDateTime(passkey.createdAt, timeZone)} ·{" "}
                      {passkey.lastUsedAt
                        ? `last used ${formatDateTime(passkey.lastUsedAt, timeZone)}`
                        : "never used"}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <Button
                      variant="outline"
                      size="sm"
                      aria-label={`Rename ${passkey.name}`}
                      onClick={() => setRenaming(passkey.id)}
                    >
                      Rename
                    </Button>
                    <ConfirmDialog
                      trigger={
                        <Button
                          variant="outline"
                          size="sm"
                          aria-label={`Remove ${passkey.name}`}
                          disabled={remove.isPending}
                        >
                          Remove
                        </Button>
                      }
                      title={`Remove “${passkey.name}”?`}
                      description="It stops signing in to Trajectory at once. Your device keeps the passkey until you delete it there."
                      confirmLabel="Remove passkey"
                      onConfirm={() => remove.mutate({ id: passkey.id })}
                    />
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddPasskeyForm defaultName={defaultName} askCode={mfa.enabled} onAdded={(name) => done(`Passkey “${name}” added.`)} />
    </Card>
  );
}
