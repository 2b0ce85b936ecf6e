import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  await requireActor();
  return (
    <ComingSoon
      title="Projects"
      holds={[
        "Projects with your role, dates, technologies and the skills they demonstrate",
        "Measured outcomes: baseline, result, unit and confidence",
        "Resume bullets built from your recorded numbers, and a checker for the ones you write",
      ]}
    />
  );
}
