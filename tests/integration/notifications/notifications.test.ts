import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notify } from "@/server/notifications/notify";
import { createTestDb } from "@/tests/helpers/db";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { mentoringCast } from "@/tests/helpers/mentoring";
import { createMentorship } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("notifications", () => {
  it("tells the mentee their invitation was accepted, with an unread count", async () => {
    const { mentee, mentor, asMentee, asMentor } = await mentoringCast(handle.db);
    expect(await asMentee.notifications.unreadCount()).toEqual({ count: 0 });
    const { token } = await asMentee.mentoring.invite({});
    const { mentorshipId } = await asMentor.mentoring.accept({ token });

    expect(await asMentee.notifications.unreadCount()).toEqual({ count: 1 });
    const page = await asMentee.notifications.list({ limit: 20 });
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        kind: "invitation_accepted",
        actorId: mentor.id,
        actorName: mentor.name,
        mentorshipId,
        menteeId: mentee.id,
        subjectType: null,
        subjectId: null,
        subjectName: null,
        applicationId: null,
        dueOn: null,
        createdAt: expect.any(Date),
        readAt: null,
      },
    ]);
    expect(page.nextCursor).toBeNull();
    expect(await asMentor.notifications.unreadCount()).toEqual({ count: 0 });
    expect((await asMentor.notifications.list({ limit: 20 })).items).toEqual([]);
  });

  it("pages newest first and marks named or all notifications read, the reader's own only", async () => {
    const { mentee, mentor, asMentee, asMentor, asStranger } = await mentoringCast(handle.db);
    const mentorship = await createMentorship(handle.db, mentee, mentor, { scopes: ["skills"] });
    for (let index = 0; index < 3; index += 1) {
      await notify(handle.db, [
        { userId: mentor.id, kind: "review_request", actorId: mentee.id, mentorshipId: mentorship.id },
      ]);
    }
    await notify(handle.db, [
      {
        userId: mentee.id,
        kind: "comment",
        actorId: mentor.id,
        mentorshipId: mentorship.id,
        subjectType: "profile",
      },
    ]);
    const first = await asMentor.notifications.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await asMentor.notifications.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(3);

    // Someone else's ids match nothing.
    expect(await asStranger.notifications.markRead({ ids })).toEqual({ marked: 0 });
    expect(await asMentee.notifications.markRead({ ids })).toEqual({ marked: 0 });
    expect(await asMentor.notifications.unreadCount()).toEqual({ count: 3 });

    expect(await asMentor.notifications.markRead({ ids: [ids[0] ?? ""] })).toEqual({ marked: 1 });
    expect(await asMentor.notifications.unreadCount()).toEqual({ count: 2 });
    expect(await asMentor.notifications.markRead({})).toEqual({ marked: 2 });
    expect(await asMentor.notifications.markRead()).toEqual({ marked: 0 });
    expect(await asMentor.notifications.unreadCount()).toEqual({ count: 0 });
    const read = await asMentor.notifications.list({ limit: 20 });
    expect(read.items.every((item) => item.readAt instanceof Date)).toBe(true);
    expect(await asMentee.notifications.unreadCount()).toEqual({ count: 1 });
  });

  it("refuses bad input naming the field", async () => {
    const { asMentee } = await mentoringCast(handle.db);
    const badId = await expectCode(asMentee.notifications.markRead({ ids: ["x"] }), "BAD_REQUEST");
    expect(fieldsOf(badId)).toEqual(["ids.0"]);
    const empty = await expectCode(asMentee.notifications.markRead({ ids: [] }), "BAD_REQUEST");
    expect(fieldsOf(empty)).toEqual(["ids"]);
    const badLimit = await expectCode(asMentee.notifications.list({ limit: 0 }), "BAD_REQUEST");
    expect(fieldsOf(badLimit)).toEqual(["limit"]);
  });
});
