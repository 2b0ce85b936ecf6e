import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { scopeWords } from "@/components/mentoring/scope-list";
import { TRPCReactProvider } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, trpc } from "@/server/trpc/server";
import { signOutAction } from "../../actions";
import { AcceptInvitation } from "./_components/accept-invitation";
import { refusalWords } from "./_components/refusal";

export const metadata: Metadata = { title: "Mentoring invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requireActor();
  const { token } = await params;
  const profile = await getQueryClient().fetchQuery(trpc.account.profile.queryOptions());
  const invitation = await getQueryClient()
    .fetchQuery(trpc.mentoring.invitation.queryOptions({ token }))
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
      throw error;
    });

  return (
    <Card className="grid gap-5">
      {invitation instanceof TRPCError ? (
        <>
          <h1 className="text-2xl font-semibold">This invitation cannot be used</h1>
          <p role="alert" className="text-sm">
            {refusalWords(invitation.code, invitation.message)}
          </p>
          <Button asChild variant="outline" className="justify-self-start">
            <Link href="/mentoring">Go to mentoring</Link>
          </Button>
        </>
      ) : (
        <>
          <div className="grid gap-1">
            <h1 className="text-2xl font-semibold">{invitation.menteeName} invited you to mentor them</h1>
            <CardDescription>
              You will read the sections they share, read-only, and can comment and endorse. They can change
              or end this at any time.
            </CardDescription>
          </div>
          <TRPCReactProvider>
            <AcceptInvitation
              token={token}
              menteeName={invitation.menteeName}
              shared={scopeWords(invitation.scopes)}
              expiresAt={invitation.expiresAt}
              timeZone={profile.timeZone}
            />
          </TRPCReactProvider>
        </>
      )}
      <form
        action={signOutAction}
        className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground"
      >
        <span>Signed in as {actor.email}. Not you?</span>
        <Button type="submit" variant="ghost" size="sm">
          Sign out
        </Button>
      </form>
    </Card>
  );
}
