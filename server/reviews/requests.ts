import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, reviewRequests } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { closeProblem, SCOPE_FOR_SUBJECT, scopesCover } from "@/lib/reviews/rules";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { CloseRequestInput, RequestReviewParsed } from "@/lib/reviews/inputs";
import { recordAudit } from "@/server/mentoring/audit";
import { notify } from "@/server/notifications/notify";
import { requireOwnSubject, rowScopeCovered, sameSubject } from "./access";

/** The mentee asks one of their mentors to review an item they own by a date; the mentor is notified. */
export async function requestReview(db: Db, actor: Actor, input: RequestReviewParsed) {
  return db.transaction(async (tx) => {
    const [mentorship] = await tx
      .select({ id: mentorships.id, mentorId: mentorships.mentorId, scopes: mentorships.scopes })
      .from(mentorships)
      .where(
        and(
          eq(mentorships.id, input.mentorshipId),
          eq(mentorships.menteeId, actor.userId),
          isNull(mentorships.endedAt),
        ),
      );
    if (!mentorship) throw new NotFound("mentorship");
    if (!scopesCover(mentorship.scopes, input.subjectType))
      throw new Invalid(
        "mentorshipId",
        `this mentor cannot see your ${SCOPE_FOR_SUBJECT[input.subjectType]}; share them with this mentor first`,
      );
    await requireOwnSubject(tx, actor, input);
    const [open] = await tx
      .select({ id: reviewRequests.id })
      .from(reviewRequests)
      .where(
        and(
          eq(reviewRequests.mentorshipId, mentorship.id),
          eq(reviewRequests.status, "open"),
          sameSubject(reviewRequests, input),
        ),
      );
    if (open) throw new Conflict("you have already asked this mentor to review this", "mentorshipId");
    const [created] = await tx
      .insert(reviewRequests)
      .values({
        mentorshipId: mentorship.id,
        menteeId: actor.userId,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        dueOn: input.dueOn,
        note: input.note ?? null,
      })
      .returning({
        id: reviewRequests.id,
        mentorshipId: reviewRequests.mentorshipId,
        subjectType: reviewRequests.subjectType,
        subjectId: reviewRequests.subjectId,
        dueOn: reviewRequests.dueOn,
        note: reviewRequests.note,
        status: reviewRequests.status,
      });
    if (!created) throw new Error("insert returned no row");
    await notify(tx, [
      {
        userId: mentorship.mentorId,
        kind: "review_request",
        actorId: actor.userId,
        mentorshipId: mentorship.id,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
      },
    ]);
    return created;
  });
}

/** Either side closes an open request of an active mentorship; see closeProblem for who may say what. */
export async function closeRequest(db: Db, actor: Actor, input: CloseRequestInput) {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ id: reviewRequests.id, status: reviewRequests.status, menteeId: mentorships.menteeId })
      .from(reviewRequests)
      .innerJoin(mentorships, eq(mentorships.id, reviewRequests.mentorshipId))
      .where(
        and(
          eq(reviewRequests.id, input.id),
          isNull(mentorships.endedAt),
          or(
            eq(mentorships.menteeId, actor.userId),
            and(eq(mentorships.mentorId, actor.userId), rowScopeCovered(reviewRequests.subjectType)),
          ),
        ),
      );
    if (!request) throw new NotFound("review request");
    const role = request.menteeId === actor.userId ? "mentee" : "mentor";
    const problem = closeProblem(role, input.status);
    if (problem) throw new Invalid("status", problem);
    const [closed] = await tx
      .update(reviewRequests)
      .set({ status: input.status, closedAt: new Date() })
      .where(and(eq(reviewRequests.id, request.id), eq(reviewRequests.status, "open")))
      .returning({ id: reviewRequests.id, status: reviewRequests.status, closedAt: reviewRequests.closedAt });
    if (!closed) throw new Conflict("this request is already closed");
    // The input names no mentee, so the audit middleware cannot see a mentor changing the mentee's request.
    if (role === "mentor")
      await recordAudit(tx, actor.requestId ?? "internal", [
        { menteeId: request.menteeId, actorId: actor.userId, action: "write reviews.closeRequest" },
      ]);
    return closed;
  });
}
