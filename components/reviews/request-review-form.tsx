"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate, todayIn } from "@/lib/dates";
import { useViewing } from "@/components/mentoring/viewing";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { type ReviewSubject, scopesCover, SUBJECT_LABELS } from "@/lib/reviews/rules";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { requestReviewInput } from "@/lib/reviews/inputs";
import { useTimeZone } from "@/components/account/use-time-zone";
import { useInvalidateReviews } from "./use-reviews";

interface RequestReviewFormProps {
  subjectType: ReviewSubject;
  subjectId?: string;
  /** Where the page lists many items (rounds): the form opens from a one-line summary. */
  collapsed?: boolean;
}

/** The owner asks one of their mentors to review this item by a date; hidden for mentors and without mentors. */
export function RequestReviewForm(props: RequestReviewFormProps) {
  const { readOnly } = useViewing();
  if (readOnly) return null;
  return <OwnRequestReviewForm {...props} />;
}

function OwnRequestReviewForm({ subjectType, subjectId, collapsed }: RequestReviewFormProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateReviews();
  const today = todayIn(useTimeZone());
  const mentors = useQuery(trpc.mentoring.mentors.queryOptions());
  const requests = useQuery(trpc.reviews.requests.queryOptions({}));
  const [formKey, setFormKey] = useState(0);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const request = useMutation(
    trpc.reviews.requestReview.mutationOptions({
      onSuccess: async () => {
        setFormKey((key) => key + 1);
        await invalidate();
      },
    }),
  );
  const cancel = useMutation(trpc.reviews.closeRequest.mutationOptions({ onSuccess: () => invalidate() }));
  // Only mentors who can see this kind of item can review it.
  const able = (mentors.data ?? []).filter((mentor) => scopesCover(mentor.scopes, subjectType));
  if (able.length === 0) return null;

  const serverErrors = serverFieldErrors(request.error);
  const errors = { ...serverErrors, ...clientErrors };
  const formError =
    (request.error && !serverErrors ? request.error.message : undefined) ?? cancel.error?.message;
  const open = (requests.data ?? []).filter(
    (item) =>
      !item.asMentor && item.subjectType === subjectType && (item.subjectId ?? undefined) === subjectId,
  );

  const label = SUBJECT_LABELS[subjectType];
  const form = (
    <form
      key={formKey}
      noValidate
      aria-label={`Request a review of this ${label}`}
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const values = new FormData(event.currentTarget);
        const parsed = requestReviewInput.safeParse({
          mentorshipId: values.get("mentorshipId"),
          subjectType,
          subjectId,
          dueOn: values.get("dueOn"),
          note: values.get("note"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        request.mutate(parsed.data);
      }}
    >
      <FormMessage error={formError} notice={request.isSuccess ? "Review requested." : undefined} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Mentor"
          name="mentorshipId"
          options={able.map((mentor) => ({ value: mentor.mentorshipId, label: mentor.mentorName }))}
          defaultValue={able.length === 1 ? able[0]?.mentorshipId : ""}
          placeholder={able.length === 1 ? undefined : "Choose a mentor"}
          errors={errors.mentorshipId}
        />
        <Field label="Review by" name="dueOn" type="date" min={today} errors={errors.dueOn} />
      </div>
      <TextareaField
        label="Note for your mentor"
        name="note"
        hint="What to look at (optional)."
        errors={errors.note}
      />
      <Button type="submit" variant="outline" disabled={request.isPending} className="justify-self-start">
        Request review
      </Button>
    </form>
  );

  return (
    <div className="grid gap-3">
      {open.length > 0 && (
        <ul className="grid gap-2" aria-label={`Open review requests for this ${label}`}>
          {open.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-3 text-sm">
              <span>
                Review requested from {item.mentorName} by {formatDate(item.dueOn)}.
              </span>
              <Button
                size="sm"
                variant="ghost"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate({ id: item.id, status: "cancelled" })}
              >
                Cancel request
              </Button>
            </li>
          ))}
        </ul>
      )}
      {collapsed ? (
        <details className="grid gap-3">
          <summary className="cursor-pointer text-sm font-medium">
            Request a review<span className="sr-only"> of this {label}</span>
          </summary>
          {form}
        </details>
      ) : (
        <>
          <h3 className="text-sm font-semibold">Ask a mentor to review this {label}</h3>
          {form}
        </>
      )}
    </div>
  );
}
