import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, reviewRequests } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import { expectCode } from "@/tests/helpers/integration-extra";
import { notificationsOf, reviewRowCounts, reviewWorld, type ReviewWorld } from "@/tests/helpers/reviews";
import { dayFromToday } from "@/tests/helpers/factories";

let handle: DbHandle;
let w: ReviewWorld;
beforeAll(async () => {
  handle = await createTestDb();
  w = await reviewWorld(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const projectRequest = () => ({
  mentorshipId: w.mentorshipId,
  subjectType: "project" as const,
  subjectId: w.projectId,
  dueOn: dayFromToday(7),
  note: "Before my promotion panel",
});

describe("asking for a review", () => {
  it("the mentee asks, the mentor is notified, and both list the open request", async () => {
    const created = await w.mentee.api.reviews.requestReview(projectRequest());
    expect(created).toMatchObject({
      status: "open",
      dueOn: dayFromToday(7),
      note: "Before my promotion panel",
    });
    expect(await notificationsOf(handle.db, w.mentor.user.id)).toContainEqual({
      kind: "review_request",
      actorId: w.mentee.user.id,
      mentorshipId: w.mentorshipId,
      subjectType: "project",
      subjectId: w.projectId,
    });

    const menteeList = await w.mentee.api.reviews.requests();
    expect(menteeList).toEqual([
      expect.objectContaining({
        id: created.id,
        mentorName: "Max Mentor",
        subjectName: "Checkout rewrite",
        asMentor: false,
      }),
    ]);
    for (const input of [{ menteeId: w.mentee.user.id }, undefined]) {
      const mentorList = await w.mentor.api.reviews.requests(input);
      expect(mentorList).toEqual([
        expect.objectContaining({ id: created.id, menteeName: "Mia Mentee", asMentor: true }),
      ]);
    }
    expect(await w.second.api.reviews.requests({ menteeId: w.mentee.user.id })).toEqual([]);
    const audit = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.menteeId, w.mentee.user.id), eq(auditEvents.actorId, w.mentor.user.id)));
    // Once with the mentee named (the middleware), once across all mentees (the router).
    expect(audit.filter((event) => event.action === "read reviews.requests")).toHaveLength(2);
  });

  it("the same item twice to the same mentor is a conflict", async () => {
    await expectCode(w.mentee.api.reviews.requestReview(projectRequest()), "CONFLICT");
  });

  it("a mentor who cannot see the section is refused with the reason on the mentor field", async () => {
    const error = await expectCode(
      w.mentee.api.reviews.requestReview({ ...projectRequest(), mentorshipId: w.unscopedMentorshipId }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(error.cause)).toHaveProperty("mentorshipId");
    await w.mentee.api.reviews.requestReview({
      mentorshipId: w.unscopedMentorshipId,
      subjectType: "profile",
      dueOn: dayFromToday(0),
    });
  });

  it("mentors, strangers, ended mentorships and foreign subjects get NOT_FOUND and nothing is written", async () => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    for (const outsider of [w.mentor, w.unscoped, w.ended, w.stranger])
      await expectCode(outsider.api.reviews.requestReview(projectRequest()), "NOT_FOUND");
    await expectCode(
      w.mentee.api.reviews.requestReview({ ...projectRequest(), mentorshipId: w.endedMentorshipId }),
      "NOT_FOUND",
    );
    await expectCode(
      w.mentee.api.reviews.requestReview({ ...projectRequest(), subjectId: w.strangerProjectId }),
      "NOT_FOUND",
    );
    for (const outsider of [w.ended, w.stranger])
      await expectCode(outsider.api.reviews.requests({ menteeId: w.mentee.user.id }), "NOT_FOUND");
    expect(await w.stranger.api.reviews.requests()).toEqual([]);
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });

  it.each([
    ["dueOn", { dueOn: dayFromToday(-3) }],
    ["dueOn", { dueOn: "2026-02-30" }],
    ["subjectId", { subjectId: undefined }],
    ["note", { note: "x".repeat(2_001) }],
    ["mentorshipId", { mentorshipId: "not-a-uuid" }],
  ])("bad %s is named and writes nothing", async (field, override) => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    const error = await expectCode(
      w.mentee.api.reviews.requestReview({ ...projectRequest(), ...override }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toContain(field);
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });
});

describe("closing a request", () => {
  it("the mentor marks it done but cannot cancel it; outsiders get NOT_FOUND", async () => {
    const created = await w.mentee.api.reviews.requestReview({
      ...projectRequest(),
      subjectType: "round",
      subjectId: w.roundId,
    });
    const error = await expectCode(
      w.mentor.api.reviews.closeRequest({ id: created.id, status: "cancelled" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(error.cause)).toHaveProperty("status");
    for (const outsider of [w.second, w.stranger, w.ended])
      await expectCode(outsider.api.reviews.closeRequest({ id: created.id, status: "done" }), "NOT_FOUND");
    expect(await w.mentor.api.reviews.closeRequest({ id: created.id, status: "done" })).toMatchObject({
      status: "done",
    });
    await expectCode(w.mentee.api.reviews.closeRequest({ id: created.id, status: "cancelled" }), "CONFLICT");
    const open = await w.mentor.api.reviews.requests({ menteeId: w.mentee.user.id });
    expect(open.map((request) => request.id)).not.toContain(created.id);
  });

  it("the mentee cancels their own request", async () => {
    const created = await w.mentee.api.reviews.requestReview({
      ...projectRequest(),
      mentorshipId: w.secondMentorshipId,
    });
    await w.mentee.api.reviews.closeRequest({ id: created.id, status: "cancelled" });
    const [row] = await handle.db.select().from(reviewRequests).where(eq(reviewRequests.id, created.id));
    expect(row).toMatchObject({ status: "cancelled" });
    expect(row?.closedAt).toBeInstanceOf(Date);
  });

  it("ending or leaving a mentorship cancels its open requests and no other mentorship's", async () => {
    const { db } = handle;
    const mentee = w.mentee.api;
    const toSecond = await mentee.reviews.requestReview({
      ...projectRequest(),
      mentorshipId: w.secondMentorshipId,
    });
    const toMentor = await mentee.reviews.requestReview({
      mentorshipId: w.mentorshipId,
      subjectType: "profile",
      dueOn: dayFromToday(7),
    });
    const statusOf = async (id: string) =>
      (await db.select().from(reviewRequests).where(eq(reviewRequests.id, id)))[0];

    expect(await w.second.api.mentoring.leave({ mentorshipId: w.secondMentorshipId })).toMatchObject({
      cancelledRequests: 1,
    });
    expect(await statusOf(toSecond.id)).toMatchObject({ status: "cancelled", closedAt: expect.any(Date) });
    expect(await statusOf(toMentor.id)).toMatchObject({ status: "open", closedAt: null });

    const done = await db
      .select({ id: reviewRequests.id })
      .from(reviewRequests)
      .where(and(eq(reviewRequests.mentorshipId, w.mentorshipId), eq(reviewRequests.status, "done")));
    expect(done.length).toBeGreaterThan(0);
    expect(await mentee.mentoring.end({ mentorshipId: w.mentorshipId })).toMatchObject({
      cancelledRequests: 2,
    });
    expect(await statusOf(toMentor.id)).toMatchObject({ status: "cancelled" });
    // Requests already closed keep their status.
    for (const { id } of done) expect(await statusOf(id)).toMatchObject({ status: "done" });
    const [ended] = await db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.menteeId, w.mentee.user.id), eq(auditEvents.action, "mentorship.ended")));
    expect(ended?.detail).toMatchObject({ mentorshipId: w.mentorshipId, cancelledRequests: 2 });
  });

  it("a bad status names the field", async () => {
    const error = await expectCode(
      w.mentee.api.reviews.closeRequest({ id: w.projectId, status: "open" as never }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(error.cause)).toHaveProperty("status");
  });
});
