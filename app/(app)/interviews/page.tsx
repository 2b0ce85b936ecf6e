import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Interviews" };

export default async function InterviewsPage() {
  await requireActor();
  return (
    <ComingSoon
      title="Interviews"
      holds={[
        "Applications on a board by status, with offers and their details",
        "Every round as a timeline: stage, outcome, feedback and failure reasons",
        "Pass rate per stage, time between rounds, and your most common failure reasons",
      ]}
    />
  );
}
