import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { devMailbox, devMailboxEnabled } from "@/server/mail/dev-mailbox";

export const metadata: Metadata = { title: "Dev mailbox" };
// The mailbox lives in this process's memory: read it on every request, never at build time.
export const dynamic = "force-dynamic";

/** Links in a plain-text mail become anchors; everything else stays text (React escapes it). */
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="underline">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

export default function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const messages = devMailbox();
  return (
    <main className="mx-auto grid max-w-3xl gap-6 px-6 py-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Dev mailbox</h1>
        <p className="text-sm text-muted-foreground">
          Mail this server would have sent, newest first (the last 50). Only in development or with
          DEV_MAILBOX=true; set SMTP_URL to send real mail.
        </p>
      </div>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet">Invite a mentor by email and the message appears here.</EmptyState>
      ) : (
        <ul className="grid gap-4" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id}>
              <Card className="grid gap-2">
                <CardTitle>{message.subject}</CardTitle>
                <CardDescription>
                  To {message.to} · {message.sentAt.toISOString()}
                </CardDescription>
                <pre className="text-sm break-words whitespace-pre-wrap font-sans">
                  {withLinks(message.text)}
                </pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
