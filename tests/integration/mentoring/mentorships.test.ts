import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { mentorships } from "@/db/schema";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { canRead, requireReadable } from "@/server/mentoring/access";
import { createTestDb } from "@/tests/helpers/db";
import { actorOf, errorOf, expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { auditRows, mentoringCast } from "@/tests/helpers/mentoring";
import { createMentorship } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A mentorship made the real way: an invitation accepted through the router. */
async function acceptedCast(scopes?: MentorshipScope[]) {
  const cast = await mentoringCast(handle.db);
  const { token } = await cast.asMentee.mentoring.invite({ scopes });
  const { mentorshipId } = await cast.asMentor.mentoring.accept({ token });
  return { ...cast, mentorshipId };
}

async function refusedOnGaps(cast: Awaited<ReturnType<typeof acceptedCast>>) {
  const access = canRead(actorOf(cast.mentor), "gaps", cast.mentee.id);
  const error = await errorOf(requireReadable(handle.db, access));
  expect(error).toMatchObject({ name: "NotFound" });
  await expectCode(cast.asMentor.goals.gapAnalysis({ menteeId: cast.mentee.id }), "NOT_FOUND");
}

describe("mentoring.mentors and viewing", () => {
  it("lists the mentee's active mentors and shows the mentor who they are viewing", async () => {
    const cast = await acceptedCast(["skills", "gaps"]);
    const mentors = await cast.asMentee.mentoring.mentors();
    expect(mentors).toEqual([
      {
        mentorshipId: cast.mentorshipId,
        mentorId: cast.mentor.id,
        mentorName: cast.mentor.name,
        mentorEmail: cast.mentor.email,
        scopes: ["skills", "gaps"],
        since: expect.any(Date),
      },
    ]);
    expect(await cast.asMentor.mentoring.mentors()).toEqual([]);
    expect(await cast.asStranger.mentoring.mentors()).toEqual([]);

    const view = await cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id });
    expect(view).toMatchObject({
      menteeId: cast.mentee.id,
      name: cast.mentee.name,
      scopes: ["skills", "gaps"],
    });
    const reads = await auditRows(handle.db, cast.mentee.id, "read mentoring.viewing");
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: cast.mentor.id, requestId: "mentor" });
  });

  it("refuses viewing to a stranger, to the owner and after the mentorship ended, auditing nothing", async () => {
    const cast = await acceptedCast();
    await expectCode(cast.asStranger.mentoring.viewing({ menteeId: cast.mentee.id }), "NOT_FOUND");
    await expectCode(cast.asMentee.mentoring.viewing({ menteeId: cast.mentee.id }), "NOT_FOUND");
    const bad = await expectCode(cast.asMentor.mentoring.viewing({ menteeId: "someone" }), "BAD_REQUEST");
    expect(fieldsOf(bad)).toEqual(["menteeId"]);
    expect(await auditRows(handle.db, cast.mentee.id, "read mentoring.viewing")).toEqual([]);
  });
});

describe("mentoring.setScopes", () => {
  it("changes what the mentor may read at once, audited with before and after", async () => {
    const cast = await acceptedCast(["skills", "gaps"]);
    await cast.asMentor.goals.gapAnalysis({ menteeId: cast.mentee.id });
    const changed = await cast.asMentee.mentoring.setScopes({
      mentorshipId: cast.mentorshipId,
      scopes: ["projects", "skills", "projects"],
    });
    expect(changed).toEqual({ mentorshipId: cast.mentorshipId, scopes: ["skills", "projects"] });
    expect((await cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id })).scopes).toEqual([
      "skills",
      "projects",
    ]);
    await refusedOnGaps(cast);
    const [audit] = await auditRows(handle.db, cast.mentee.id, "mentorship.scopes_changed");
    expect(audit).toMatchObject({ actorId: cast.mentee.id, requestId: "mentee" });
    expect(audit?.detail).toEqual({
      mentorshipId: cast.mentorshipId,
      before: ["skills", "gaps"],
      after: ["skills", "projects"],
      added: ["projects"],
      removed: ["gaps"],
    });
  });

  it("allows an empty set, and refuses the mentor, strangers and bad scopes", async () => {
    const cast = await acceptedCast();
    await expectCode(
      cast.asMentor.mentoring.setScopes({ mentorshipId: cast.mentorshipId, scopes: ["compensation"] }),
      "NOT_FOUND",
    );
    await expectCode(
      cast.asStranger.mentoring.setScopes({ mentorshipId: cast.mentorshipId, scopes: [] }),
      "NOT_FOUND",
    );
    const bad = await expectCode(
      cast.asMentee.mentoring.setScopes({ mentorshipId: cast.mentorshipId, scopes: ["everything" as never] }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(bad)).toEqual(["scopes.0"]);
    const [row] = await handle.db.select().from(mentorships).where(eq(mentorships.id, cast.mentorshipId));
    expect(row?.scopes).not.toContain("compensation");
    const none = await cast.asMentee.mentoring.setScopes({ mentorshipId: cast.mentorshipId, scopes: [] });
    expect(none.scopes).toEqual([]);
    await refusedOnGaps(cast);
  });
});

describe("mentoring.end and leave", () => {
  it("the mentee ends: the mentor's next request is NOT_FOUND, and ending twice is NOT_FOUND", async () => {
    const cast = await acceptedCast();
    await expectCode(cast.asStranger.mentoring.end({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    await expectCode(cast.asMentor.mentoring.end({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    const ended = await cast.asMentee.mentoring.end({ mentorshipId: cast.mentorshipId });
    expect(ended.endedAt).toBeInstanceOf(Date);
    await expectCode(cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id }), "NOT_FOUND");
    await refusedOnGaps(cast);
    await expectCode(cast.asMentee.mentoring.end({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    await expectCode(cast.asMentor.mentoring.leave({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    expect(await cast.asMentee.mentoring.mentors()).toEqual([]);
    expect(await cast.asMentor.mentoring.mentees()).toEqual([]);
    const [row] = await handle.db.select().from(mentorships).where(eq(mentorships.id, cast.mentorshipId));
    expect(row?.endedBy).toBe(cast.mentee.id);
    const audit = await auditRows(handle.db, cast.mentee.id, "mentorship.ended");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: cast.mentee.id, requestId: "mentee" });
  });

  it("the mentor leaves: same effect, recorded in the mentee's log", async () => {
    const cast = await acceptedCast();
    await expectCode(cast.asStranger.mentoring.leave({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    await expectCode(cast.asMentee.mentoring.leave({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    await cast.asMentor.mentoring.leave({ mentorshipId: cast.mentorshipId });
    await expectCode(cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id }), "NOT_FOUND");
    await refusedOnGaps(cast);
    await expectCode(cast.asMentor.mentoring.leave({ mentorshipId: cast.mentorshipId }), "NOT_FOUND");
    const audit = await auditRows(handle.db, cast.mentee.id, "mentorship.left");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: cast.mentor.id, requestId: "mentor" });
    // A new invitation starts a new mentorship with the same pair.
    const { token } = await cast.asMentee.mentoring.invite({});
    await cast.asMentor.mentoring.accept({ token });
    expect(await cast.asMentee.mentoring.mentors()).toHaveLength(1);
  });

  it("refuses a malformed id naming the field", async () => {
    const cast = await acceptedCast();
    for (const call of [
      () => cast.asMentee.mentoring.end({ mentorshipId: "1" }),
      () => cast.asMentor.mentoring.leave({ mentorshipId: "1" }),
    ]) {
      const error = await expectCode(call(), "BAD_REQUEST");
      expect(fieldsOf(error)).toEqual(["mentorshipId"]);
    }
  });
});

describe("mentoring.auditLog", () => {
  it("gives the mentee every change and read, newest first, in pages; nobody else sees it", async () => {
    const cast = await acceptedCast(["skills"]);
    await cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id });
    await cast.asMentee.mentoring.setScopes({ mentorshipId: cast.mentorshipId, scopes: ["projects"] });
    await cast.asMentee.mentoring.end({ mentorshipId: cast.mentorshipId });

    const first = await cast.asMentee.mentoring.auditLog({ limit: 3 });
    expect(first.items.map((item) => item.action)).toEqual([
      "mentorship.ended",
      "mentorship.scopes_changed",
      "read mentoring.viewing",
    ]);
    expect(first.items[2]).toMatchObject({ actorName: cast.mentor.name, requestId: "mentor" });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await cast.asMentee.mentoring.auditLog({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((item) => item.action)).toEqual(["mentorship.started", "invitation.created"]);
    expect(second.nextCursor).toBeNull();

    expect((await cast.asMentor.mentoring.auditLog({ limit: 20 })).items).toEqual([]);
    expect((await cast.asStranger.mentoring.auditLog({ limit: 20 })).items).toEqual([]);
    const bad = await expectCode(cast.asMentee.mentoring.auditLog({ limit: 1000 }), "BAD_REQUEST");
    expect(fieldsOf(bad)).toEqual(["limit"]);
  });

  it("takes mentorships made by the test factory too", async () => {
    const cast = await mentoringCast(handle.db);
    await createMentorship(handle.db, cast.mentee, cast.mentor, { scopes: ["skills"] });
    await cast.asMentor.mentoring.viewing({ menteeId: cast.mentee.id });
    const log = await cast.asMentee.mentoring.auditLog({ limit: 20 });
    expect(log.items.map((item) => item.action)).toEqual(["read mentoring.viewing"]);
  });
});
