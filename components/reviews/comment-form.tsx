"use client";

import { useMutation } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { commentInput } from "@/lib/reviews/inputs";
import { useInvalidateReviews } from "./use-reviews";
import { type ReviewSubject } from "@/lib/reviews/rules";

interface CommentTarget {
  /** A mentor commenting on this mentee's subject. */
  menteeId?: string;
  /** The mentee replying in this mentorship's thread. */
  mentorshipId?: string;
  subjectType: ReviewSubject;
  subjectId?: string;
}

interface CommentFormProps {
  target: CommentTarget;
  label: string;
  submitLabel: string;
  formLabel: string;
}

/** One textarea and a button; the same schema as the server, whose field errors show beside the field. */
export function CommentForm({ target, label, submitLabel, formLabel }: CommentFormProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateReviews();
  const form = useZodForm(commentInput, { defaultValues: { ...target, body: "" } });
  const comment = useMutation(
    trpc.reviews.comment.mutationOptions({
      onSuccess: () => invalidate(),
      // Only the body is the person's to fix; what is said about the thread is the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (path === "body" ? path : "root.server")),
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      aria-label={formLabel}
      className="grid gap-2"
      onSubmit={form.handleSubmit((values) => {
        const sent = form.getValues("body");
        // Before the button is enabled again; a body typed meanwhile is kept.
        comment.mutate(values, {
          onSuccess: () => {
            if (form.getValues("body") === sent) form.resetField("body");
          },
        });
      })}
    >
      <FormMessage error={errors.root?.server?.message} />
      <TextareaField
        label={label}
        hint="Markdown works: **bold**, _italic_, lists and https links."
        {...form.register("body")}
        errors={errorsAt(errors, "body")}
      />
      <Button type="submit" size="sm" disabled={comment.isPending} className="justify-self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
