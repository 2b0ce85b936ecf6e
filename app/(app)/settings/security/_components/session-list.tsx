"use client";

import { useId, useState } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { methodLabel } from "@/lib/account/sessions";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** The user's live sessions, this browser first-class; any other can be signed out, or all of them at once. */
export function SessionList({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revokeTokensId = useId();
  const [revokeTokens, setRevokeTokens] = useState(true);
  const [notice, setNotice] = useState<string>();
  const { data: sessions } = useSuspenseQuery(trpc.account.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() });
  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSuccess: async () => {
        setNotice("That session is signed out.");
        await refresh();
      },
    }),
  );
  const endOthers = useMutation(
    trpc.account.endOtherSessions.mutationOptions({
      onSuccess: async (ended) => {
        const tokens = ended.tokens > 0 ? ` and revoked ${plural(ended.tokens, "API token")}` : "";
        setNotice(`Signed out ${plural(ended.sessions, "other session")}${tokens}.`);
        await refresh();
      },
    }),
  );
  const others = sessions.filter((session) => !session.current).length;

  return (
    <Card className="grid gap-4" aria-labelledby="sessions-title">
      <CardTitle id="sessions-title">Where you are signed in</CardTitle>
      <FormMessage error={end.error?.message ?? endOthers.error?.message} notice={notice} />
      <ul aria-label="Sessions" className="grid divide-y divide-border rounded-md border border-border">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center gap-3 p-3">
            <div className="grid min-w-0 flex-1 gap-0.5">
              <p className="font-medium">
                {session.device}
                {session.current && (
                  <span className="ml-2 rounded bg-muted px-1.5 py-0.5 text-xs font-normal">
                    This browser
                  </span>
                )}
              </p>
              <p className="text-xs text-muted-foreground">
                {methodLabel[session.method]} · {session.address ?? "address unknown"} · signed in{" "}
                {formatDateTime(session.createdAt, timeZone)} · last seen{" "}
                {formatDateTime(session.lastSeenAt, timeZone)}
              </p>
            </div>
            {!session.current && (
              <ConfirmDialog
                trigger={
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Sign out ${session.device}`}
                    disabled={end.isPending}
                  >
                    Sign out
                  </Button>
                }
                title={`Sign out ${session.device}?`}
                description="That browser is refused from its next request and has to sign in again."
                confirmLabel="Sign out"
                onConfirm={() => end.mutate({ id: session.id })}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="grid gap-3">
        <CardDescription>
          {others === 0
            ? "No other browser is signed in."
            : `${plural(others, "other session")} besides this one.`}
        </CardDescription>
        <label htmlFor={revokeTokensId} className="flex items-center gap-2 text-sm">
          <input
            id={revokeTokensId}
            type="checkbox"
            checked={revokeTokens}
            onChange={(event) => setRevokeTokens(event.target.checked)}
          />
          Also revoke every API token (a token made in a stolen session would outlive it)
        </label>
        <ConfirmDialog
          trigger={
            <Button variant="destructive" className="justify-self-start" disabled={endOthers.isPending}>
              Sign out everywhere else
            </Button>
          }
          title="Sign out every other browser?"
          description={
            revokeTokens
              ? "Every other session ends and every API token is revoked. This browser stays signed in."
              : "Every other session ends; your API tokens keep working. This browser stays signed in."
          }
          confirmLabel="Sign out everywhere else"
          onConfirm={() => endOthers.mutate({ revokeTokens })}
        />
      </div>
    </Card>
  );
}
