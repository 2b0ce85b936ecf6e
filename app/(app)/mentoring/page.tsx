import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Mentoring" };

export default async function MentoringPage() {
  await requireActor();
  return (
    <ComingSoon
      title="Mentoring"
      holds={[
        "Invite a mentor and choose exactly which sections they may read",
        "Reviews, comments and endorsements from your mentors",
        "Revoke access at any time, and read a log of everything a mentor viewed",
      ]}
    />
  );
}
