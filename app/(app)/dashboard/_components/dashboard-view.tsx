"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { skillsOverview } from "@/lib/dashboard/overview";
import { AgendaCard } from "./agenda-card";
import { ActivityCard } from "./activity-card";
import { GrowthSparkline } from "./growth-sparkline";
import { SkillsCard } from "./skills-card";

export function DashboardView() {
  const trpc = useTRPC();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const { data } = useSuspenseQuery(trpc.dashboard.summary.queryOptions());
  const overview = skillsOverview(data.skills, data.sparkline);
  const empty = overview.assessed === 0 && data.activity.length === 0;

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Welcome, {profile.name ?? profile.email}</h1>
      {empty ? (
        <EmptyState title="Your career log is empty">
          Start by{" "}
          <Link className="underline" href="/skills">
            assessing a skill
          </Link>
          , then add a{" "}
          <Link className="underline" href="/projects">
            project
          </Link>{" "}
          or an{" "}
          <Link className="underline" href="/interviews">
            interview
          </Link>
          . This page will summarise them.
        </EmptyState>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <SkillsCard skills={data.skills} overview={overview} />
          <Card className="grid gap-3">
            <CardTitle>Growth</CardTitle>
            <CardDescription>
              Average level of your assessed skills at each month&apos;s end (scale 1–5).
              {overview.trend !== null &&
                ` ${overview.trend >= 0 ? "+" : "−"}${Math.abs(overview.trend)} over ${data.sparkline.length} months.`}
            </CardDescription>
            <GrowthSparkline points={data.sparkline} />
          </Card>
          <AgendaCard upcoming={data.upcoming} followUps={data.followUps} timeZone={profile.timeZone} />
          <ActivityCard items={data.activity} timeZone={profile.timeZone} />
        </div>
      )}
    </div>
  );
}
