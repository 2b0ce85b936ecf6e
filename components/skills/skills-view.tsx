"use client";

import { keepPreviousData, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AddSkillForm } from "./add-skill-form";
import { AsOfControl } from "./as-of-control";
import { AssessForm } from "./assess-form";
import { GrowthChart } from "./growth-chart";
import { OwnSkills } from "./own-skills";
import { ProfileTable } from "./profile-table";
import { formatDate, todayIn } from "@/lib/dates";

/**
 * The whole Skills page: profile (today or as of a date), assessing, growth, and the user's own skills.
 * A mentor reading a mentee sees the same page without any control that writes.
 */
export function SkillsView() {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [formSkillId, setFormSkillId] = useState("");
  const skillSelect = useRef<HTMLSelectElement>(null);
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const { data: catalogue } = useSuspenseQuery(trpc.skills.catalogue.queryOptions({ menteeId }));
  const { data: todayProfile } = useSuspenseQuery(trpc.skills.current.queryOptions({ menteeId }));
  const past = useQuery({
    ...trpc.skills.current.queryOptions({ asOf, menteeId }, { enabled: asOf !== null }),
    placeholderData: keepPreviousData,
  });
  const shown = asOf ? past.data : todayProfile;
  const today = todayIn(profile.timeZone);
  const assessed = todayProfile.skills.filter((skill) => skill.level !== null);

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Skills</h1>
        <p className="text-sm text-muted-foreground">
          {readOnly
            ? "Self ratings from 1 (Awareness) to 5 (Expert), with mentors' ratings beside them. Open a skill's history to add your rating or a comment."
            : "Rate each skill from 1 (Awareness) to 5 (Expert) whenever it moves. Every assessment is kept with its date, so you can see how you grew."}
        </p>
      </div>

      <Card className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="grid gap-1">
            <CardTitle>
              {readOnly
                ? asOf
                  ? `Profile on ${formatDate(asOf)}`
                  : "Profile today"
                : asOf
                  ? `Your profile on ${formatDate(asOf)}`
                  : "Your profile today"}
            </CardTitle>
            <CardDescription>
              {asOf || readOnly
                ? "The latest level of each skill as it stood on that date."
                : "Press Assess, then your level: it is recorded for today."}
            </CardDescription>
          </div>
          <AsOfControl asOf={asOf} today={today} onChange={setAsOf} />
        </div>
        {!asOf && assessed.length === 0 && (
          <EmptyState title="No assessments yet">
            {readOnly ? (
              "No skill has a self rating yet."
            ) : (
              <>
                Assess a first skill: press <strong>Assess</strong> next to it and choose your level. Come
                back when it moves and your growth chart fills in.
              </>
            )}
          </EmptyState>
        )}
        {asOf && past.isError && (
          <p role="alert" className="text-sm text-destructive">
            {past.error.message}
          </p>
        )}
        {shown ? (
          <ProfileTable
            rows={shown.skills}
            today={today}
            readOnly={readOnly || asOf !== null}
            caption={asOf ? `Skill levels as of ${formatDate(asOf)}` : "Current skill levels"}
            onMoreDetails={(skillId) => {
              setFormSkillId(skillId);
              skillSelect.current?.scrollIntoView({ block: "center" });
              skillSelect.current?.focus();
            }}
          />
        ) : (
          !past.isError && (
            <p className="text-sm text-muted-foreground">Loading the profile as it stood then…</p>
          )
        )}
      </Card>

      {!readOnly && (
        <Card className="grid gap-4">
          <div className="grid gap-1">
            <CardTitle>Record an assessment</CardTitle>
            <CardDescription>
              Backdate it, add a note, and attach projects, interview rounds or links.
            </CardDescription>
          </div>
          <AssessForm
            skills={catalogue}
            skillId={formSkillId}
            onSkillChange={setFormSkillId}
            today={today}
            skillSelectRef={skillSelect}
          />
        </Card>
      )}

      <Card className="grid gap-4">
        <div className="grid gap-1">
          <CardTitle>Growth</CardTitle>
          <CardDescription>How each level moved, month by month.</CardDescription>
        </div>
        <GrowthChart skills={catalogue} defaultSelection={assessed.map((skill) => skill.skillId)} />
      </Card>

      {!readOnly && (
        <Card className="grid gap-4">
          <div className="grid gap-1">
            <CardTitle>Your own skills</CardTitle>
            <CardDescription>
              The nine built-in skills come from the backend developer guide; add languages and tools you use.
            </CardDescription>
          </div>
          <OwnSkills skills={catalogue.filter((skill) => !skill.builtin)} />
          <AddSkillForm existingNames={catalogue.map((skill) => skill.name)} />
        </Card>
      )}
    </div>
  );
}
