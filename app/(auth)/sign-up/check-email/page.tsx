import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardDescription } from "@/components/ui/card";

export const metadata: Metadata = { title: "Check your email" };

/** The one answer to every sign-up that goes by email, whether the address already had an account or not. */
export default function CheckEmailPage() {
  return (
    <Card className="grid gap-4">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p role="status">
        We sent a message to the address you gave. Open the link in it to finish; it works once, for 24 hours.
      </p>
      <CardDescription>
        Nothing arrived? Look in your spam folder, or{" "}
        <Link href="/sign-up" className="underline underline-offset-4">
          sign up again
        </Link>
        . Already have an account?{" "}
        <Link href="/sign-in" className="underline underline-offset-4">
          Sign in
        </Link>
        .
      </CardDescription>
    </Card>
  );
}
