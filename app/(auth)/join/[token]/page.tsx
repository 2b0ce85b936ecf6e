import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardDescription } from "@/components/ui/card";
import { getDb } from "@/server/db";
import { invitationEmail } from "@/server/admin/invitations";
import { JoinForm } from "./_components/join-form";

export const metadata: Metadata = { title: "Join Trajectory" };

/** An admin's invitation link: choose a password for the invited address, or learn the link no longer works. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const email = await invitationEmail(await getDb(), token);
  if (!email)
    return (
      <Card className="grid gap-4">
        <h1 className="text-2xl font-semibold">This invitation no longer works</h1>
        <CardDescription>
          It was used, revoked or replaced by a newer one, or it expired. Ask the admin who invited you for a
          new one, or{" "}
          <Link className="underline" href="/sign-in">
            sign in
          </Link>{" "}
          if you already have an account.
        </CardDescription>
      </Card>
    );
  return (
    <Card className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Join Trajectory</h1>
        <CardDescription>
          You were invited as <strong>{email}</strong>. Choose a password to create your account.
        </CardDescription>
      </div>
      <JoinForm token={token} email={email} />
    </Card>
  );
}
