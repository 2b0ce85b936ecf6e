"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GoalChoices } from "@/components/gaps/types";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { goalForm } from "@/lib/goals/goal-form";

/** Which ladder, where the user stands on it, where they are heading and by when. */
export function GoalForm({ choices }: { choices: GoalChoices }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { goal } = choices;
  // The same schema as the server once blanks are "not set": errors show before a round trip, and the server re-checks.
  const form = useZodForm(goalForm, {
    defaultValues: {
      ladderId: goal?.ladderId ?? choices.defaultLadderId ?? choices.ladders[0]?.id ?? "",
      currentLevelId: goal?.currentLevelId ?? "",
      targetLevelId: goal?.targetLevelId ?? "",
      targetDate: goal?.targetDate ?? "",
    },
  });
  const save = useMutation(
    trpc.goals.set.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.goals.get.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.goals.gapAnalysis.queryKey() }),
        ]),
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const { errors } = form.formState;
  const ladderId = form.watch("ladderId");
  const ladder = choices.ladders.find((entry) => entry.id === ladderId);
  const levelOptions = (ladder?.levels ?? []).map((level) => ({ value: level.id, label: level.name }));

  if (choices.ladders.length === 0) {
    return <p className="text-sm">No ladder is available yet: import one on the Ladders tab.</p>;
  }
  return (
    <form
      aria-label="Your goal"
      className="grid gap-4 md:grid-cols-2"
      noValidate
      onSubmit={form.handleSubmit((input) => save.mutate(input))}
    >
      <div className="md:col-span-2">
        <FormMessage
          error={errors.root?.server?.message}
          notice={save.isSuccess ? "Goal saved." : undefined}
        />
      </div>
      <SelectField
        label="Ladder"
        {...form.register("ladderId", {
          // Levels belong to their ladder: another ladder starts with none, the goal's own with the goal's.
          onChange: (event: { target: { value: string } }) => {
            const same = goal?.ladderId === event.target.value;
            form.setValue("currentLevelId", same ? (goal.currentLevelId ?? "") : "");
            form.setValue("targetLevelId", same ? (goal.targetLevelId ?? "") : "");
          },
        })}
        options={choices.ladders.map((entry) => ({
          value: entry.id,
          label: entry.builtin ? `${entry.name} (built in)` : entry.name,
        }))}
        errors={errorsAt(errors, "ladderId")}
      />
      <Field
        label="Target date"
        type="date"
        {...form.register("targetDate")}
        hint="Optional: when you want to be there."
        errors={errorsAt(errors, "targetDate")}
      />
      {/* Keyed by ladder: the new select shows the value just set, among that ladder's levels. */}
      <SelectField
        key={`current-${ladderId}`}
        label="Current level"
        {...form.register("currentLevelId")}
        placeholder="Not set"
        options={levelOptions}
        errors={errorsAt(errors, "currentLevelId")}
      />
      <SelectField
        key={`target-${ladderId}`}
        label="Target level"
        {...form.register("targetLevelId")}
        placeholder="Not set"
        options={levelOptions}
        errors={errorsAt(errors, "targetLevelId")}
      />
      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        Save goal
      </Button>
    </form>
  );
}
