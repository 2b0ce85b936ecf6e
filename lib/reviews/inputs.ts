import { z } from "zod";
import { COMMENT_MAX, earliestDueOn, needsSubjectId, REQUEST_NOTE_MAX } from "./rules";
import { byIdInput, dateProblem, idField, menteeIdField, noteField, pastDateField } from "@/lib/validation";
import { levelField } from "@/lib/skills/inputs";
import { REVIEW_SUBJECTS } from "@/lib/reviews/rules";

const subjectTypeField = z.enum(REVIEW_SUBJECTS, {
  error: "choose a skill, a project, an interview round or the profile",
});

const subjectShape = { subjectType: subjectTypeField, subjectId: idField.nullish() };

/** A skill, project or round names its id; the profile as a whole has none. */
function checkSubject(
  input: { subjectType: (typeof REVIEW_SUBJECTS)[number]; subjectId?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (needsSubjectId(input.subjectType) && !input.subjectId)
    ctx.addIssue({ code: "custom", path: ["subjectId"], message: "choose the item to review" });
  if (!needsSubjectId(input.subjectType) && input.subjectId)
    ctx.addIssue({ code: "custom", path: ["subjectId"], message: "the profile as a whole has no item id" });
}

const commentBodyField = z
  .string({ error: "write a comment" })
  .trim()
  .min(1, "write a comment")
  .max(COMMENT_MAX, `use at most ${COMMENT_MAX.toLocaleString("en-US")} characters`);

export const threadInput = z.object({ menteeId: menteeIdField, ...subjectShape }).superRefine(checkSubject);
export type ThreadInput = z.infer<typeof threadInput>;

/** A mentor names the mentee; the mentee names the mentorship whose thread they reply in. */
export const commentInput = z
  .object({
    menteeId: menteeIdField,
    mentorshipId: idField.optional(),
    ...subjectShape,
    body: commentBodyField,
  })
  .superRefine((input, ctx) => {
    checkSubject(input, ctx);
    if (!input.menteeId && !input.mentorshipId)
      ctx.addIssue({ code: "custom", path: ["mentorshipId"], message: "choose whose thread to reply in" });
    if (input.menteeId && input.mentorshipId)
      ctx.addIssue({
        code: "custom",
        path: ["mentorshipId"],
        message: "name the mentee or the thread, not both",
      });
  });
export type CommentParsed = z.infer<typeof commentInput>;

/** A date from today on, with a day of slack for time zones behind UTC. */
const dueDateField = z.string({ error: "enter a date" }).superRefine((value, ctx) => {
  const problem =
    dateProblem(value) ?? (value < earliestDueOn() ? "use a date that is not in the past" : null);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const requestNoteField = z
  .string()
  .trim()
  .max(REQUEST_NOTE_MAX, `use at most ${REQUEST_NOTE_MAX.toLocaleString("en-US")} characters`)
  .transform((value) => (value === "" ? null : value))
  .nullish();

export const requestReviewInput = z
  .object({ mentorshipId: idField, ...subjectShape, dueOn: dueDateField, note: requestNoteField })
  .superRefine(checkSubject);
export type RequestReviewParsed = z.infer<typeof requestReviewInput>;

export const closeRequestInput = z.object({
  id: idField,
  status: z.enum(["done", "cancelled"], { error: "choose done or cancelled" }),
});
export type CloseRequestInput = z.infer<typeof closeRequestInput>;

export const requestsInput = z.object({ menteeId: menteeIdField }).default({});
export type RequestsInput = z.infer<typeof requestsInput>;

export const endorseInput = z.object({
  menteeId: idField,
  skillId: idField,
  level: levelField,
  assessedOn: pastDateField,
  note: noteField,
});
export type EndorseParsed = z.infer<typeof endorseInput>;

export { byIdInput };
