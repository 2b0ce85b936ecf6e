import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { invitations, mentorships } from "@/db/schema";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { auditRows, mentoringCast, notificationRows, storedInvitation } from "@/tests/helpers/mentoring";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("mentoring.invitation and accept", () => {
  it("shows the accept page what is shared, then accepts into a mentorship with those scopes", async () => {
    const { mentee, mentor, asMentee, asMentor } = await mentoringCast(handle.db);
    const { token, invitationId } = await asMentee.mentoring.invite({ scopes: ["projects", "compensation"] });
    const preview = await asMentor.mentoring.invitation({ token });
    expect(preview).toMatchObject({ menteeName: mentee.name, scopes: ["projects", "compensation"] });
    expect(preview.expiresAt).toBeInstanceOf(Date);

    const accepted = await asMentor.mentoring.accept({ token });
    expect(accepted.menteeId).toBe(mentee.id);
    const [row] = await handle.db.select().from(mentorships).where(eq(mentorships.id, accepted.mentorshipId));
    expect(row).toMatchObject({
      menteeId: mentee.id,
      mentorId: mentor.id,
      scopes: ["projects", "compensation"],
    });
    expect(await storedInvitation(handle.db, invitationId)).toMatchObject({
      acceptedBy: mentor.id,
      mentorshipId: accepted.mentorshipId,
    });

    const notes = await notificationRows(handle.db, mentee.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: "invitation_accepted",
      actorId: mentor.id,
      mentorshipId: accepted.mentorshipId,
      readAt: null,
    });
    const audit = await auditRows(handle.db, mentee.id, "mentorship.started");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: mentor.id, requestId: "mentor" });
  });

  it("refuses an unknown token as not found, and an empty one naming the field", async () => {
    const { asMentor } = await mentoringCast(handle.db);
    await expectCode(asMentor.mentoring.invitation({ token: "x".repeat(43) }), "NOT_FOUND");
    await expectCode(asMentor.mentoring.accept({ token: "x".repeat(43) }), "NOT_FOUND");
    const empty = await expectCode(asMentor.mentoring.accept({ token: "" }), "BAD_REQUEST");
    expect(fieldsOf(empty)).toEqual(["token"]);
  });

  it("refuses an expired invitation, naming the token, and creates nothing", async () => {
    const { mentee, asMentee, asMentor } = await mentoringCast(handle.db);
    const { token, invitationId } = await asMentee.mentoring.invite({});
    await handle.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.id, invitationId));
    for (const call of [
      () => asMentor.mentoring.invitation({ token }),
      () => asMentor.mentoring.accept({ token }),
    ]) {
      const error = await expectCode(call(), "BAD_REQUEST");
      expect(error.message).toMatch(/expired/);
      expect(fieldsOf(error)).toEqual(["token"]);
    }
    expect(await asMentee.mentoring.mentors()).toEqual([]);
    expect(await notificationRows(handle.db, mentee.id)).toEqual([]);
  });

  it("refuses a reused invitation, even for another would-be mentor", async () => {
    const { asMentee, asMentor, asStranger } = await mentoringCast(handle.db);
    const { token } = await asMentee.mentoring.invite({});
    await asMentor.mentoring.accept({ token });
    for (const call of [
      () => asMentor.mentoring.accept({ token }),
      () => asStranger.mentoring.accept({ token }),
      () => asStranger.mentoring.invitation({ token }),
    ]) {
      await expectCode(call(), "CONFLICT", "this invitation has already been used");
    }
    expect(await asMentee.mentoring.mentors()).toHaveLength(1);
  });

  it("refuses a withdrawn invitation", async () => {
    const { asMentee, asMentor } = await mentoringCast(handle.db);
    const { token, invitationId } = await asMentee.mentoring.invite({});
    await asMentee.mentoring.revokeInvitation({ id: invitationId });
    for (const call of [
      () => asMentor.mentoring.invitation({ token }),
      () => asMentor.mentoring.accept({ token }),
    ]) {
      const error = await expectCode(call(), "BAD_REQUEST");
      expect(error.message).toMatch(/withdrawn/);
    }
    expect(await asMentee.mentoring.mentors()).toEqual([]);
  });

  it("refuses the mentee's own invitation", async () => {
    const { asMentee } = await mentoringCast(handle.db);
    const { token } = await asMentee.mentoring.invite({});
    await expectCode(asMentee.mentoring.accept({ token }), "BAD_REQUEST", "you cannot mentor yourself");
    await expectCode(asMentee.mentoring.invitation({ token }), "BAD_REQUEST", "you cannot mentor yourself");
  });

  it("refuses a second active mentorship with the same mentee, leaving that link unused", async () => {
    const { asMentee, asMentor } = await mentoringCast(handle.db);
    await asMentor.mentoring.accept({ token: (await asMentee.mentoring.invite({})).token });
    const second = await asMentee.mentoring.invite({});
    await expectCode(asMentor.mentoring.accept({ token: second.token }), "CONFLICT");
    expect((await storedInvitation(handle.db, second.invitationId)).acceptedAt).toBeNull();
    expect(await asMentee.mentoring.mentors()).toHaveLength(1);
  });

  it("lets exactly one of two concurrent accepts succeed", async () => {
    const { mentee, asMentee, asMentor, asStranger } = await mentoringCast(handle.db);
    const { token } = await asMentee.mentoring.invite({});
    const results = await Promise.allSettled([
      asMentor.mentoring.accept({ token }),
      asStranger.mentoring.accept({ token }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === "rejected");
    expect(failure?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await asMentee.mentoring.mentors()).toHaveLength(1);
    expect(await notificationRows(handle.db, mentee.id)).toHaveLength(1);
    expect(await auditRows(handle.db, mentee.id, "mentorship.started")).toHaveLength(1);

    // The same mentor twice at once: the second loses on the active-pair index.
    const again = await asMentee.mentoring.invite({});
    const third = await createUser(handle.db);
    const asThird = callerFor(handle.db, claimsFor(third), { requestId: "third" });
    const twice = await Promise.allSettled([
      asThird.mentoring.accept({ token: again.token }),
      asThird.mentoring.accept({ token: again.token }),
    ]);
    expect(twice.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await asMentee.mentoring.mentors()).toHaveLength(2);
  });
});
