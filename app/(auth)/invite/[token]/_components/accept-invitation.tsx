"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

interface AcceptInvitationProps {
  token: string;
  menteeName: string;
  shared: string;
  expiresAt: Date;
  timeZone: string;
}

/** What accepting shares, and the button; afterwards the new mentee is on the mentoring page. */
export function AcceptInvitation({ token, menteeName, shared, expiresAt, timeZone }: AcceptInvitationProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.mentoring.accept.mutationOptions({ onSuccess: () => router.push("/mentoring") }),
  );
  return (
    <div className="grid gap-4">
      <dl className="grid gap-2 text-sm">
        <div>
          <dt className="font-medium">Sections {menteeName} shares</dt>
          <dd>{shared}</dd>
        </div>
        <div>
          <dt className="font-medium">Link expires</dt>
          <dd>{formatDateTime(expiresAt, timeZone)}</dd>
        </div>
      </dl>
      <FormMessage
        error={accept.error?.message}
        notice={accept.isSuccess ? "Accepted. Opening mentoring…" : undefined}
      />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => accept.mutate({ token })} disabled={accept.isPending || accept.isSuccess}>
          Accept invitation
        </Button>
        <Button asChild variant="outline">
          <Link href="/dashboard">Not now</Link>
        </Button>
      </div>
    </div>
  );
}
