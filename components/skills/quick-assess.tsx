"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { PROFICIENCY_LEVELS } from "@/lib/skills/catalogue";
import { levelLabel } from "@/lib/skills/growth";
import { useInvalidateSkills } from "./use-skills-mutations";

interface QuickAssessProps {
  skillId: string;
  skillName: string;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
  onMoreDetails: () => void;
}

/** The second click of "assess in two clicks": one button per level, dated today. */
export function QuickAssess({
  skillId,
  skillName,
  today,
  onDone,
  onCancel,
  onMoreDetails,
}: QuickAssessProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const firstLevel = useRef<HTMLButtonElement>(null);
  const assess = useMutation(
    trpc.skills.assess.mutationOptions({
      onSuccess: async (created) => {
        await invalidate();
        onDone(`${skillName}: ${levelLabel(created.level)} recorded for today.`);
      },
    }),
  );
  useEffect(() => firstLevel.current?.focus(), []);

  return (
    <div
      role="group"
      aria-label={`Level for ${skillName} today`}
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <span className="text-sm text-muted-foreground">Your level today:</span>
      {PROFICIENCY_LEVELS.map(({ level }) => (
        <Button
          key={level}
          ref={level === 1 ? firstLevel : undefined}
          size="sm"
          variant="outline"
          disabled={assess.isPending}
          onClick={() => assess.mutate({ skillId, level, assessedOn: today })}
        >
          {levelLabel(level)}
        </Button>
      ))}
      <Button size="sm" variant="ghost" onClick={onMoreDetails}>
        More details…
      </Button>
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      {assess.error && (
        <p role="alert" className="w-full text-sm text-destructive">
          {assess.error.message}
        </p>
      )}
    </div>
  );
}
