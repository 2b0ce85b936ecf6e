import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  await requireActor();
  return (
    <ComingSoon
      title="Skills"
      holds={[
        "Your current level in each skill of your ladder, on a 5-point scale, with the evidence behind it",
        "Dated assessments that are never overwritten, and each skill's history",
        "A growth chart of proficiency over the months, and the whole profile as of any past date",
      ]}
    />
  );
}
