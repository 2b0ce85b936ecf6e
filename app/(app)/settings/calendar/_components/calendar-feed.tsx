"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** The feed's status, and the new URL once, right after it is made. */
export function CalendarFeed({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: feed } = useSuspenseQuery(trpc.calendar.feed.queryOptions());
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.feed.queryKey() });
  const create = useMutation(
    trpc.calendar.createFeed.mutationOptions({
      onSuccess: (result) => {
        setUrl(result.url);
        setCopied(false);
        return refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revokeFeed.mutationOptions({
      onSuccess: () => {
        setUrl(null);
        return refresh();
      },
    }),
  );
  const error = create.error?.message ?? revoke.error?.message;

  return (
    <Card className="grid gap-4">
      <CardTitle>Your feed URL</CardTitle>
      <FormMessage
        error={error}
        notice={revoke.isSuccess && !feed.exists ? "The feed URL was revoked." : undefined}
      />
      {feed.exists ? (
        <CardDescription>
          Active since {formatDateTime(feed.createdAt, timeZone)};{" "}
          {feed.lastFetchedAt
            ? `last read by a calendar app ${formatDateTime(feed.lastFetchedAt, timeZone)}.`
            : "not read by any calendar app yet."}
        </CardDescription>
      ) : (
        <CardDescription>You have no calendar feed.</CardDescription>
      )}
      {url && (
        <div className="grid gap-2">
          <Field
            label="Feed URL"
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            hint="Shown only now. Copy it into your calendar app; to see it again you must make a new one."
          />
          <Button
            type="button"
            variant="outline"
            className="justify-self-start"
            onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
          >
            {copied ? "Copied" : "Copy URL"}
          </Button>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {feed.exists ? (
          <ConfirmDialog
            trigger={<Button disabled={create.isPending}>Regenerate URL</Button>}
            title="Make a new feed URL?"
            description="The current URL stops working at once; calendars subscribed to it stop updating."
            confirmLabel="Regenerate"
            onConfirm={() => create.mutate()}
          />
        ) : (
          <Button disabled={create.isPending} onClick={() => create.mutate()}>
            Create feed URL
          </Button>
        )}
        {feed.exists && (
          <ConfirmDialog
            trigger={
              <Button variant="outline" disabled={revoke.isPending}>
                Revoke URL
              </Button>
            }
            title="Revoke the feed URL?"
            description="Calendars subscribed to it stop updating; their copies of past events may stay."
            confirmLabel="Revoke"
            onConfirm={() => revoke.mutate()}
          />
        )}
      </div>
    </Card>
  );
}
