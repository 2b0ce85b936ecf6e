import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { invitations } from "@/db/schema";
import { DEFAULT_SCOPES } from "@/lib/mentoring/rules";
import { hashSecretToken } from "@/server/secret-token";
import { createTestDb } from "@/tests/helpers/db";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { auditRows, mentoringCast, storedInvitation } from "@/tests/helpers/mentoring";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("mentoring.invite", () => {
  it("returns a single-use link whose token is stored only as its SHA-256", async () => {
    const { mentee, asMentee } = await mentoringCast(handle.db);
    const before = Date.now();
    const created = await asMentee.mentoring.invite({ scopes: ["skills", "gaps"] });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.url).toBe(`http://localhost:3000/invite/${created.token}`);
    expect(created.emailed).toBe(false);
    const week = 7 * 24 * 60 * 60 * 1000;
    expect(created.expiresAt.getTime()).toBeGreaterThanOrEqual(before + week);
    expect(created.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + week);

    const row = await storedInvitation(handle.db, created.invitationId);
    expect(row.tokenHash).toBe(hashSecretToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row).toMatchObject({ menteeId: mentee.id, email: null, scopes: ["skills", "gaps"] });

    const audit = await auditRows(handle.db, mentee.id, "invitation.created");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: mentee.id, requestId: "mentee" });
    expect(audit[0]?.detail).toMatchObject({ invitationId: created.invitationId });
  });

  it("defaults to the default scopes, without compensation, and dedupes and orders scopes", async () => {
    const { asMentee } = await mentoringCast(handle.db);
    const plain = await asMentee.mentoring.invite({});
    expect((await storedInvitation(handle.db, plain.invitationId)).scopes).toEqual([...DEFAULT_SCOPES]);
    expect(DEFAULT_SCOPES).not.toContain("compensation");
    const messy = await asMentee.mentoring.invite({ scopes: ["gaps", "skills", "gaps"] });
    expect((await storedInvitation(handle.db, messy.invitationId)).scopes).toEqual(["skills", "gaps"]);
    const none = await asMentee.mentoring.invite({ scopes: [] });
    expect((await storedInvitation(handle.db, none.invitationId)).scopes).toEqual([]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { mentee, asMentee } = await mentoringCast(handle.db);
    const badEmail = await expectCode(asMentee.mentoring.invite({ email: "not an email" }), "BAD_REQUEST");
    expect(fieldsOf(badEmail)).toEqual(["email"]);
    const long = await expectCode(
      asMentee.mentoring.invite({ email: `${"a".repeat(250)}@example.com` }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(long)).toEqual(["email"]);
    const badScope = await expectCode(
      asMentee.mentoring.invite({ scopes: ["salary" as never] }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(badScope)).toEqual(["scopes.0"]);
    const rows = await handle.db.select().from(invitations).where(eq(invitations.menteeId, mentee.id));
    expect(rows).toHaveLength(0);
  });

  it("treats a blank email as none and trims a real one", async () => {
    const { asMentee } = await mentoringCast(handle.db);
    const blank = await asMentee.mentoring.invite({ email: "   " });
    expect(blank.emailed).toBe(false);
    expect((await storedInvitation(handle.db, blank.invitationId)).email).toBeNull();
    const trimmed = await asMentee.mentoring.invite({ email: "  mentor@example.com " });
    expect((await storedInvitation(handle.db, trimmed.invitationId)).email).toBe("mentor@example.com");
  });
});

describe("mentoring.invitations and revokeInvitation", () => {
  it("lists the mentee's own invitations with their status", async () => {
    const { mentee, asMentee, asMentor, asStranger } = await mentoringCast(handle.db);
    const pending = await asMentee.mentoring.invite({});
    const expired = await asMentee.mentoring.invite({});
    const revoked = await asMentee.mentoring.invite({});
    const accepted = await asMentee.mentoring.invite({ email: "someone@example.com" });
    await handle.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.invitationId));
    await asMentee.mentoring.revokeInvitation({ id: revoked.invitationId });
    await asMentor.mentoring.accept({ token: accepted.token });

    const list = await asMentee.mentoring.invitations();
    const statusOf = (id: string) => list.find((row) => row.id === id)?.status;
    expect(list).toHaveLength(4);
    expect(statusOf(pending.invitationId)).toBe("pending");
    expect(statusOf(expired.invitationId)).toBe("expired");
    expect(statusOf(revoked.invitationId)).toBe("revoked");
    expect(statusOf(accepted.invitationId)).toBe("accepted");
    expect(list.find((row) => row.id === accepted.invitationId)).toMatchObject({
      email: "someone@example.com",
      scopes: [...DEFAULT_SCOPES],
    });
    expect(JSON.stringify(list)).not.toContain(pending.token);
    expect(await asStranger.mentoring.invitations()).toEqual([]);
    expect(await auditRows(handle.db, mentee.id, "invitation.revoked")).toHaveLength(1);
  });

  it("lets only the mentee revoke, once, and not after it was accepted", async () => {
    const { asMentee, asMentor, asStranger } = await mentoringCast(handle.db);
    const mine = await asMentee.mentoring.invite({});
    await expectCode(asStranger.mentoring.revokeInvitation({ id: mine.invitationId }), "NOT_FOUND");
    await expectCode(asMentor.mentoring.revokeInvitation({ id: mine.invitationId }), "NOT_FOUND");
    expect((await storedInvitation(handle.db, mine.invitationId)).revokedAt).toBeNull();
    await asMentee.mentoring.revokeInvitation({ id: mine.invitationId });
    await expectCode(asMentee.mentoring.revokeInvitation({ id: mine.invitationId }), "NOT_FOUND");

    const used = await asMentee.mentoring.invite({});
    await asMentor.mentoring.accept({ token: used.token });
    await expectCode(asMentee.mentoring.revokeInvitation({ id: used.invitationId }), "CONFLICT");
    const bad = await expectCode(asMentee.mentoring.revokeInvitation({ id: "nope" }), "BAD_REQUEST");
    expect(fieldsOf(bad)).toEqual(["id"]);
  });
});
