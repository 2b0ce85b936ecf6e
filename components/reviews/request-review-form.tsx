"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { formatDate, todayIn } from "@/lib/dates";
import { useViewing } from "@/components/mentoring/viewing";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { type ReviewSubject, scopesCover, SUBJECT_LABELS } from "@/lib/reviews/rules";
import { requestReviewInput } from "@/lib/reviews/inputs";
import { useTimeZone } from "@/components/account/use-time-zone";
import { useInvalidateReviews } from "./use-reviews";

const FIELDS = new Set(["mentorshipId", "dueOn", "note"]);

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
  // The mentor is left out: its select picks the only mentor itself, once the list has loaded.
  const form = useZodForm(requestReviewInput, {
    defaultValues: { subjectType, subjectId, dueOn: "", note: "" },
  });
  const request = useMutation(
    trpc.reviews.requestReview.mutationOptions({
      onSuccess: () => invalidate(),
      // The item is not a field here, so what is said about it is the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (FIELDS.has(path) ? path : "root.server")),
    }),
  );
  const cancel = useMutation(trpc.reviews.closeRequest.mutationOptions({ onSuccess: () => invalidate() }));
  // Only mentors who can see this kind of item can review it.
  const able = (mentors.data ?? []).filter((mentor) => scopesCover(mentor.scopes, subjectType));
  if (able.length === 0) return null;

  const { errors } = form.formState;
  const onlyMentor = able.length === 1 ? able[0]?.mentorshipId : undefined;
  const open = (requests.data ?? []).filter(
    (item) =>
      !item.asMentor && item.subjectType === subjectType && (item.subjectId ?? undefined) === subjectId,
  );

  const label = SUBJECT_LABELS[subjectType];
  const requestForm = (
    <form
      noValidate
      aria-label={`Request a review of this ${label}`}
      className="grid gap-3"
      onSubmit={form.handleSubmit((values) => {
        const sent = form.getValues();
        request.mutate(values, {
          // Before the button is enabled again; a field changed meanwhile keeps what was typed.
          onSuccess: () => {
            if (form.getValues("mentorshipId") === sent.mentorshipId)
              form.resetField("mentorshipId", { defaultValue: onlyMentor ?? "" });
            for (const name of ["dueOn", "note"] as const)
              if (form.getValues(name) === sent[name]) form.resetField(name);
          },
        });
      })}
    >
      <FormMessage
        error={errors.root?.server?.message ?? cancel.error?.message}
        notice={request.isSuccess ? "Review requested." : undefined}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Mentor"
          options={able.map((mentor) => ({ value: mentor.mentorshipId, label: mentor.mentorName }))}
          defaultValue={onlyMentor ?? ""}
          placeholder={onlyMentor ? undefined : "Choose a mentor"}
          {...form.register("mentorshipId")}
          errors={errorsAt(errors, "mentorshipId")}
        />
        <Field
          label="Review by"
          type="date"
          min={today}
          {...form.register("dueOn")}
          errors={errorsAt(errors, "dueOn")}
        />
      </div>
      <TextareaField
        label="Note for your mentor"
        hint="What to look at (optional)."
        {...form.register("note")}
        errors={errorsAt(errors, "note")}
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
          {requestForm}
        </details>
      ) : (
        <>
          <h3 className="text-sm font-semibold">Ask a mentor to review this {label}</h3>
          {requestForm}
        </>
      )}
    </div>
  );
}
