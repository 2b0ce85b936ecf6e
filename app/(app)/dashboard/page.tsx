import type { Metadata } from "next";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { Welcome } from "./welcome";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireActor();
  await getQueryClient().prefetchQuery(trpc.account.profile.queryOptions());
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <Welcome />
        <Card className="grid gap-2">
          <CardTitle>Start here</CardTitle>
          <CardDescription>
            Your dashboard will summarise your skills, recent activity, upcoming interview rounds and
            follow-ups, and how you have grown. Each section in the navigation says what it will hold.
          </CardDescription>
        </Card>
      </div>
    </HydrateClient>
  );
}
