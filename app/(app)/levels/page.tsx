import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Levels" };

export default async function LevelsPage() {
  await requireActor();
  return (
    <ComingSoon
      title="Levels"
      holds={[
        "Career ladders: the built-in backend ladder and ones you import",
        "A gap analysis against your current and target level, with readiness per level",
        "Salary bands with their sources, and where your pay and offers stand",
      ]}
    />
  );
}
