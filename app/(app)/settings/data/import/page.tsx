import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth/session";
import { ImportAccountForm } from "./_components/import-account-form";

export const metadata: Metadata = { title: "Import an account export" };

/** Choose a file → see what a dry run would do → confirm. */
export default async function ImportAccountPage() {
  await requireActor();
  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-1">
        <Link
          href="/settings/data"
          className="text-sm text-muted-foreground underline-offset-4 hover:underline"
        >
          ← Your data
        </Link>
        <h1 className="text-2xl font-semibold">Import an account export</h1>
      </div>
      <ImportAccountForm />
    </div>
  );
}
