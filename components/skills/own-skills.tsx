"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { renameSkillInput } from "@/lib/skills/inputs";
import { KIND_LABELS } from "@/lib/skills/format";
import { useInvalidateSkills } from "./use-skills-mutations";

export interface OwnSkill {
  id: string;
  name: string;
  kind: keyof typeof KIND_LABELS;
  description: string | null;
}

/** The user's own skills: rename, or delete (an unused skill only; Undo adds it back). */
export function OwnSkills({ skills }: { skills: OwnSkill[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const offerUndo = useOfferUndo();
  const [renaming, setRenaming] = useState<string | null>(null);
  const re = useMutation(trpc.skills.addSkill.mutationOptions({ onSuccess: () => invalidate() }));
  const remove = useMutation(
    trpc.skills.deleteSkill.mutationOptions({
      onSuccess: async (deleted) => {
        await invalidate();
        offerUndo({
          message: `${deleted.name} deleted`,
          undo: () => re.mutate({ name: deleted.name, kind: deleted.kind, description: deleted.description }),
        });
      },
    }),
  );

  if (skills.length === 0) {
    return <p className="text-sm text-muted-foreground">You have not added skills of your own yet.</p>;
  }
  return (
    <div className="grid gap-2">
      <FormMessage error={remove.error?.message ?? re.error?.message} />
      <ul className="grid divide-y divide-border">
        {skills.map((skill) => (
          <li key={skill.id} className="grid gap-2 py-2">
            {renaming === skill.id ? (
              <RenameForm skill={skill} onDone={() => setRenaming(null)} />
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm">
                  <span className="font-medium">{skill.name}</span>{" "}
                  <span className="text-muted-foreground">· {KIND_LABELS[skill.kind]}</span>
                </span>
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="outline"
                    aria-label={`Rename ${skill.name}`}
                    onClick={() => setRenaming(skill.id)}
                  >
                    Rename
                  </Button>
                  <ConfirmDialog
                    trigger={
                      <Button size="sm" variant="outline" aria-label={`Delete ${skill.name}`}>
                        Delete
                      </Button>
                    }
                    title={`Delete ${skill.name}?`}
                    description="Only a skill with none of your assessments can be deleted; mentors' ratings of it are deleted with it, and Undo does not bring those back."
                    confirmLabel="Delete skill"
                    onConfirm={() => remove.mutate({ id: skill.id })}
                  />
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RenameForm({ skill, onDone }: { skill: OwnSkill; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const form = useZodForm(renameSkillInput, { defaultValues: { id: skill.id, name: skill.name } });
  const rename = useMutation(
    trpc.skills.renameSkill.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone();
      },
      // The id is not a field the person can fix, so what is said about it is the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (path === "name" ? path : "root.server")),
    }),
  );
  const { errors } = form.formState;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      noValidate
      onSubmit={form.handleSubmit((values) => rename.mutate(values))}
    >
      <div className="min-w-64 flex-1">
        <FormMessage error={errors.root?.server?.message} />
        <Field
          label={`New name for ${skill.name}`}
          autoFocus
          {...form.register("name")}
          errors={errorsAt(errors, "name")}
        />
      </div>
      <Button type="submit" size="sm" disabled={rename.isPending}>
        Save name
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}
