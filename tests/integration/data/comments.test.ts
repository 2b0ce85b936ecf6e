import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createMentorship, createProject, createUser } from "@/tests/helpers/factories";
import { accountRowCounts } from "@/tests/helpers/data";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("comments written as mentor", () => {
  it("export names the mentee by email only; import lands in a mentorship with that mentee, else is skipped with a note", async () => {
    const mentee = await createUser(handle.db);
    const mentor = await createUser(handle.db);
    await createMentorship(handle.db, mentee, mentor);
    const { id: projectId } = await createProject(handle.db, mentee, { title: "Their project" });
    const mentorApi = callerFor(handle.db, claimsFor(mentor));
    await mentorApi.reviews.comment({
      menteeId: mentee.id,
      subjectType: "project",
      subjectId: projectId,
      body: "Strong numbers.",
    });

    const exported = await mentorApi.data.export();
    expect(exported.comments).toEqual([
      expect.objectContaining({
        role: "mentor",
        counterpartEmail: mentee.email,
        subjectType: "project",
        subjectId: projectId,
      }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(mentee.id);

    const stranger = await createUser(handle.db);
    const strangerApi = callerFor(handle.db, claimsFor(stranger));
    const skipped = await strangerApi.data.import({ document: exported, dryRun: false });
    expect(skipped).toMatchObject({ ok: true, counts: { comments: { create: 0, skip: 1 } } });
    if (skipped.ok)
      expect(skipped.notes[0]).toContain(`no active mentorship (with the scope for it) with ${mentee.email}`);
    expect((await accountRowCounts(handle.db, stranger.id)).comments).toBe(0);

    const second = await createUser(handle.db);
    await createMentorship(handle.db, mentee, second);
    const secondApi = callerFor(handle.db, claimsFor(second));
    const landed = await secondApi.data.import({ document: exported, dryRun: false });
    expect(landed).toMatchObject({ ok: true, counts: { comments: { create: 1, skip: 0 } } });
    const thread = await secondApi.reviews.thread({
      menteeId: mentee.id,
      subjectType: "project",
      subjectId: projectId,
    });
    expect(JSON.stringify(thread)).toContain("Strong numbers.");
  });
});
