import type { Metadata } from "next";
import { SubpageHeader } from "../_components/subpage-header";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { CalendarFeed } from "./_components/calendar-feed";
import { SubscribeHelp } from "./_components/subscribe-help";

export const metadata: Metadata = { title: "Calendar feed · Settings" };

export default async function CalendarSettingsPage() {
  await requireActor();
  const queryClient = getQueryClient();
  const [profile] = await Promise.all([
    queryClient.fetchQuery(trpc.account.profile.queryOptions()),
    queryClient.prefetchQuery(trpc.calendar.feed.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-2xl gap-6">
        <SubpageHeader title="Calendar feed">
          A private link your calendar app subscribes to: your interview rounds (one hour each unless you move
          them there) and follow-up days, from 30 days ago onward. Anyone with the link can read it, so keep
          it to yourself; revoke it if it leaks.
        </SubpageHeader>
        <CalendarFeed timeZone={profile.timeZone} />
        <SubscribeHelp />
      </div>
    </HydrateClient>
  );
}
