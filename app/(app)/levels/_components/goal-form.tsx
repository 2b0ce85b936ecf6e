"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { GoalChoices } from "@/components/gaps/types";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { setGoalInput } from "@/lib/goals/inputs";

const blankToNull = (value: FormDataEntryValue | null) => (value === null || value === "" ? null : value);

/** Which ladder, where the user stands on it, where they are heading and by when. */
export function GoalForm({ choices }: { choices: GoalChoices }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { goal } = choices;
  const [ladderId, setLadderId] = useState(
    goal?.ladderId ?? choices.defaultLadderId ?? choices.ladders[0]?.id ?? "",
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const save = useMutation(
    trpc.goals.set.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.goals.get.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.goals.gapAnalysis.queryKey() }),
        ]),
    }),
  );
  const errors = { ...serverFieldErrors(save.error), ...clientErrors };
  const ladder = choices.ladders.find((entry) => entry.id === ladderId);
  const levelOptions = (ladder?.levels ?? []).map((level) => ({ value: level.id, label: level.name }));
  const sameLadder = goal?.ladderId === ladderId;

  if (choices.ladders.length === 0) {
    return <p className="text-sm">No ladder is available yet: import one on the Ladders tab.</p>;
  }
  return (
    <form
      aria-label="Your goal"
      className="grid gap-4 md:grid-cols-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        // The same schema as the server: errors show before a round trip, and the server re-checks.
        const parsed = setGoalInput.safeParse({
          ladderId: form.get("ladderId"),
          currentLevelId: blankToNull(form.get("currentLevelId")),
          targetLevelId: blankToNull(form.get("targetLevelId")),
          targetDate: blankToNull(form.get("targetDate")),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        save.mutate(parsed.data);
      }}
    >
      <div className="md:col-span-2">
        <FormMessage
          error={save.error && !serverFieldErrors(save.error) ? save.error.message : undefined}
          notice={save.isSuccess ? "Goal saved." : undefined}
        />
      </div>
      <SelectField
        label="Ladder"
        name="ladderId"
        value={ladderId}
        onChange={(event) => setLadderId(event.target.value)}
        options={choices.ladders.map((entry) => ({
          value: entry.id,
          label: entry.builtin ? `${entry.name} (built in)` : entry.name,
        }))}
        errors={errors.ladderId}
      />
      <Field
        label="Target date"
        name="targetDate"
        type="date"
        defaultValue={goal?.targetDate ?? ""}
        hint="Optional: when you want to be there."
        errors={errors.targetDate}
      />
      {/* Keyed by ladder: switching ladders clears levels that belong to the other one. */}
      <SelectField
        key={`current-${ladderId}`}
        label="Current level"
        name="currentLevelId"
        placeholder="Not set"
        defaultValue={sameLadder ? (goal?.currentLevelId ?? "") : ""}
        options={levelOptions}
        errors={errors.currentLevelId}
      />
      <SelectField
        key={`target-${ladderId}`}
        label="Target level"
        name="targetLevelId"
        placeholder="Not set"
        defaultValue={sameLadder ? (goal?.targetLevelId ?? "") : ""}
        options={levelOptions}
        errors={errors.targetLevelId}
      />
      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        Save goal
      </Button>
    </form>
  );
}
