"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
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
  const [formKey, setFormKey] = useState(0);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const comment = useMutation(
    trpc.reviews.comment.mutationOptions({
      onSuccess: async () => {
        setFormKey((key) => key + 1);
        await invalidate();
      },
    }),
  );
  const serverErrors = serverFieldErrors(comment.error);
  const errors = { ...serverErrors, ...clientErrors };
  const formError = comment.error && !serverErrors?.body ? comment.error.message : undefined;

  return (
    <form
      key={formKey}
      noValidate
      aria-label={formLabel}
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = commentInput.safeParse({
          ...target,
          body: new FormData(event.currentTarget).get("body"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        comment.mutate(parsed.data);
      }}
    >
      <FormMessage error={formError} />
      <TextareaField
        label={label}
        name="body"
        hint="Markdown works: **bold**, _italic_, lists and https links."
        errors={errors.body}
      />
      <Button type="submit" size="sm" disabled={comment.isPending} className="justify-self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
