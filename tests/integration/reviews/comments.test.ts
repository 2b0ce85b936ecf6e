import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, reviewComments } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import { endMentorship } from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";
import { notificationsOf, reviewRowCounts, reviewWorld, type ReviewWorld } from "@/tests/helpers/reviews";

let handle: DbHandle;
let w: ReviewWorld;
beforeAll(async () => {
  handle = await createTestDb();
  w = await reviewWorld(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const onProject = () => ({ subjectType: "project" as const, subjectId: w.projectId });
const asMentor = () => ({ menteeId: w.mentee.user.id, ...onProject() });

describe("a thread between a mentor and the mentee", () => {
  it("the mentor comments, the mentee replies, and both read the same thread", async () => {
    const first = await w.mentor.api.reviews.comment({ ...asMentor(), body: "  Nice **outcome**.  " });
    expect(first).toMatchObject({ body: "Nice **outcome**.", authorName: "Max Mentor", mine: true });
    await w.mentee.api.reviews.comment({ mentorshipId: w.mentorshipId, ...onProject(), body: "Thanks!" });

    const [mentorView] = await w.mentor.api.reviews.thread(asMentor());
    expect(mentorView?.mentorshipId).toBe(w.mentorshipId);
    expect(mentorView?.comments.map((c) => [c.body, c.authorName, c.mine])).toEqual([
      ["Nice **outcome**.", "Max Mentor", true],
      ["Thanks!", "Mia Mentee", false],
    ]);

    const menteeView = await w.mentee.api.reviews.thread(onProject());
    const mine = menteeView.find((thread) => thread.mentorshipId === w.mentorshipId);
    expect(mine?.mentorName).toBe("Max Mentor");
    expect(mine?.comments.map((c) => [c.body, c.mine])).toEqual([
      ["Nice **outcome**.", false],
      ["Thanks!", true],
    ]);
  });

  it("the mentee sees one thread per active mentorship covering the subject, ended and unscoped ones left out", async () => {
    const threads = await w.mentee.api.reviews.thread(onProject());
    expect(threads.map((thread) => thread.mentorshipId).sort()).toEqual(
      [w.mentorshipId, w.secondMentorshipId].sort(),
    );
    const profile = await w.mentee.api.reviews.thread({ subjectType: "profile" });
    expect(profile.map((thread) => thread.mentorshipId).sort()).toEqual(
      [w.mentorshipId, w.secondMentorshipId, w.unscopedMentorshipId].sort(),
    );
  });

  it("a second mentor of the same mentee sees only their own thread", async () => {
    await w.second.api.reviews.comment({ ...asMentor(), body: "From the second mentor" });
    const threads = await w.second.api.reviews.thread(asMentor());
    expect(threads).toHaveLength(1);
    expect(threads[0]?.mentorshipId).toBe(w.secondMentorshipId);
    expect(threads[0]?.comments.map((c) => c.body)).toEqual(["From the second mentor"]);
    const firstMentor = await w.mentor.api.reviews.thread(asMentor());
    expect(firstMentor[0]?.comments.map((c) => c.body)).not.toContain("From the second mentor");
  });

  it("each comment notifies the other party in the same write", async () => {
    const before = (await notificationsOf(handle.db, w.mentee.user.id)).length;
    await w.mentor.api.reviews.comment({ ...asMentor(), body: "Ping" });
    const menteeNotes = await notificationsOf(handle.db, w.mentee.user.id);
    expect(menteeNotes).toHaveLength(before + 1);
    expect(menteeNotes).toContainEqual({
      kind: "comment",
      actorId: w.mentor.user.id,
      mentorshipId: w.mentorshipId,
      subjectType: "project",
      subjectId: w.projectId,
    });
    await w.mentee.api.reviews.comment({ mentorshipId: w.mentorshipId, ...onProject(), body: "Pong" });
    expect(await notificationsOf(handle.db, w.mentor.user.id)).toContainEqual(
      expect.objectContaining({ kind: "comment", actorId: w.mentee.user.id, mentorshipId: w.mentorshipId }),
    );
  });

  it("the profile thread needs only an active mentorship", async () => {
    await w.unscoped.api.reviews.comment({
      menteeId: w.mentee.user.id,
      subjectType: "profile",
      body: "Overall: good",
    });
    const [thread] = await w.unscoped.api.reviews.thread({
      menteeId: w.mentee.user.id,
      subjectType: "profile",
    });
    expect(thread?.comments.map((c) => c.body)).toEqual(["Overall: good"]);
  });

  it("a mentor's comment on a built-in skill and on the mentee's own skill and round", async () => {
    for (const subject of [
      { subjectType: "skill" as const, subjectId: w.builtinSkillId },
      { subjectType: "skill" as const, subjectId: w.ownSkillId },
      { subjectType: "round" as const, subjectId: w.roundId },
    ]) {
      await w.mentor.api.reviews.comment({ menteeId: w.mentee.user.id, ...subject, body: "ok" });
      const [thread] = await w.mentor.api.reviews.thread({ menteeId: w.mentee.user.id, ...subject });
      expect(thread?.comments.map((c) => c.body)).toEqual(["ok"]);
    }
  });
});

describe("who is refused", () => {
  it("a mentor without the scope, an ended mentor and a stranger get NOT_FOUND and write nothing", async () => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    for (const outsider of [w.unscoped, w.ended, w.stranger]) {
      await expectCode(outsider.api.reviews.thread(asMentor()), "NOT_FOUND");
      await expectCode(outsider.api.reviews.comment({ ...asMentor(), body: "hi" }), "NOT_FOUND");
    }
    for (const outsider of [w.ended, w.stranger])
      await expectCode(
        outsider.api.reviews.thread({ menteeId: w.mentee.user.id, subjectType: "profile" }),
        "NOT_FOUND",
      );
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });

  it("a subject belonging to another user is NOT_FOUND for the mentor and for the mentee", async () => {
    const foreign = { subjectType: "project" as const, subjectId: w.strangerProjectId };
    await expectCode(w.mentor.api.reviews.thread({ menteeId: w.mentee.user.id, ...foreign }), "NOT_FOUND");
    await expectCode(
      w.mentor.api.reviews.comment({ menteeId: w.mentee.user.id, ...foreign, body: "x" }),
      "NOT_FOUND",
    );
    await expectCode(w.mentee.api.reviews.thread(foreign), "NOT_FOUND");
    await expectCode(
      w.mentee.api.reviews.comment({ mentorshipId: w.mentorshipId, ...foreign, body: "x" }),
      "NOT_FOUND",
    );
    const skill = { subjectType: "skill" as const, subjectId: w.strangerSkillId };
    await expectCode(w.mentor.api.reviews.thread({ menteeId: w.mentee.user.id, ...skill }), "NOT_FOUND");
  });

  it("the mentee cannot reply in another mentee's mentorship or an ended one", async () => {
    await expectCode(
      w.stranger.api.reviews.comment({ mentorshipId: w.mentorshipId, subjectType: "profile", body: "x" }),
      "NOT_FOUND",
    );
    await expectCode(
      w.mentee.api.reviews.comment({ mentorshipId: w.endedMentorshipId, subjectType: "profile", body: "x" }),
      "NOT_FOUND",
    );
  });

  it("ending the mentorship hides the thread from the mentor at once", async () => {
    const lateMentor = w.second;
    await endMentorship(handle.db, { id: w.secondMentorshipId });
    await expectCode(lateMentor.api.reviews.thread(asMentor()), "NOT_FOUND");
    const threads = await w.mentee.api.reviews.thread(onProject());
    expect(threads.map((thread) => thread.mentorshipId)).not.toContain(w.secondMentorshipId);
  });
});

describe("bad input names the field and writes nothing", () => {
  it.each([
    ["body", { ...{ subjectType: "profile" }, body: "   " }],
    ["body", { subjectType: "profile", body: "x".repeat(10_001) }],
    ["subjectId", { subjectType: "skill", body: "hi" }],
    ["subjectType", { subjectType: "company", body: "hi" }],
  ])("%s", async (field, input) => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    const error = await expectCode(
      w.mentor.api.reviews.comment({ menteeId: w.mentee.user.id, ...input } as never),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toContain(field);
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });

  it("a reply that names neither the mentee nor the thread", async () => {
    const error = await expectCode(
      w.mentee.api.reviews.comment({ subjectType: "profile", body: "hi" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(error.cause)).toHaveProperty("mentorshipId");
  });
});

describe("deleting a comment", () => {
  it("only the author deletes, softly; a mentor's delete is audited", async () => {
    const comment = await w.mentor.api.reviews.comment({ ...asMentor(), body: "to delete" });
    await expectCode(w.mentee.api.reviews.deleteComment({ id: comment.id }), "NOT_FOUND");
    await expectCode(w.stranger.api.reviews.deleteComment({ id: comment.id }), "NOT_FOUND");
    await w.mentor.api.reviews.deleteComment({ id: comment.id });
    const [row] = await handle.db.select().from(reviewComments).where(eq(reviewComments.id, comment.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const [thread] = await w.mentor.api.reviews.thread(asMentor());
    expect(thread?.comments.map((c) => c.id)).not.toContain(comment.id);
    const audit = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.menteeId, w.mentee.user.id), eq(auditEvents.actorId, w.mentor.user.id)));
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["write reviews.comment", "read reviews.thread", "write reviews.deleteComment"]),
    );
    await expectCode(w.mentor.api.reviews.deleteComment({ id: comment.id }), "NOT_FOUND");
  });
});
