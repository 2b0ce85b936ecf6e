import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { assessments, auditEvents } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import { expectCode } from "@/tests/helpers/integration-extra";
import { reviewRowCounts, reviewWorld, type ReviewWorld } from "@/tests/helpers/reviews";
import { dayFromToday, endMentorship } from "@/tests/helpers/factories";

let handle: DbHandle;
let w: ReviewWorld;
beforeAll(async () => {
  handle = await createTestDb();
  w = await reviewWorld(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const endorsement = () => ({
  menteeId: w.mentee.user.id,
  skillId: w.builtinSkillId,
  level: 4,
  assessedOn: dayFromToday(-1),
  note: "Solid test design in the checkout work",
});

describe("a mentor endorses a skill", () => {
  it("stores an assessment of the mentee's with source mentor and the mentor as assessor, audited", async () => {
    const created = await w.mentor.api.reviews.endorse(endorsement());
    expect(created).toMatchObject({ level: 4, source: "mentor", skillId: w.builtinSkillId });
    const [row] = await handle.db.select().from(assessments).where(eq(assessments.id, created.id));
    expect(row).toMatchObject({
      userId: w.mentee.user.id,
      assessorId: w.mentor.user.id,
      source: "mentor",
      level: 4,
      note: "Solid test design in the checkout work",
    });
    const audit = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.menteeId, w.mentee.user.id), eq(auditEvents.actorId, w.mentor.user.id)));
    expect(audit.map((event) => event.action)).toContain("write reviews.endorse");
  });

  it("the mentee's own skill can be endorsed too", async () => {
    await w.mentor.api.reviews.endorse({ ...endorsement(), skillId: w.ownSkillId });
  });

  it("refuses mentors without the skills scope, ended mentors, strangers, oneself and foreign skills", async () => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    for (const outsider of [w.unscoped, w.ended, w.stranger])
      await expectCode(outsider.api.reviews.endorse(endorsement()), "NOT_FOUND");
    await expectCode(
      w.mentor.api.reviews.endorse({ ...endorsement(), skillId: w.strangerSkillId }),
      "NOT_FOUND",
    );
    await expectCode(
      w.mentee.api.reviews.endorse({ ...endorsement(), menteeId: w.mentee.user.id }),
      "NOT_FOUND",
    );
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });

  it.each([
    ["level", { level: 6 }],
    ["level", { level: 2.5 }],
    ["assessedOn", { assessedOn: dayFromToday(5) }],
    ["skillId", { skillId: "nope" }],
    ["note", { note: "x".repeat(10_001) }],
  ])("bad %s is named and writes nothing", async (field, override) => {
    const before = await reviewRowCounts(handle.db, w.mentee.user.id);
    const error = await expectCode(
      w.mentor.api.reviews.endorse({ ...endorsement(), ...override }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toContain(field);
    expect(await reviewRowCounts(handle.db, w.mentee.user.id)).toEqual(before);
  });
});

describe("withdrawing an endorsement", () => {
  it("only the mentor who wrote it, while the mentorship lasts", async () => {
    const created = await w.mentor.api.reviews.endorse(endorsement());
    for (const other of [w.second, w.stranger, w.mentee])
      await expectCode(other.api.reviews.deleteEndorsement({ id: created.id }), "NOT_FOUND");
    expect(await w.mentor.api.reviews.deleteEndorsement({ id: created.id })).toEqual({
      id: created.id,
      skillId: w.builtinSkillId,
    });
    const [row] = await handle.db.select().from(assessments).where(eq(assessments.id, created.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const audit = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.menteeId, w.mentee.user.id));
    expect(audit.map((event) => event.action)).toContain("write reviews.deleteEndorsement");
  });

  it("a self assessment is never the mentor's to delete, and an ended mentor deletes nothing", async () => {
    const own = await w.mentee.api.skills.assess({
      skillId: w.builtinSkillId,
      level: 2,
      assessedOn: dayFromToday(-2),
    });
    await expectCode(w.mentor.api.reviews.deleteEndorsement({ id: own.id }), "NOT_FOUND");
    const kept = await w.mentor.api.reviews.endorse(endorsement());
    await endMentorship(handle.db, { id: w.mentorshipId });
    await expectCode(w.mentor.api.reviews.deleteEndorsement({ id: kept.id }), "NOT_FOUND");
    await expectCode(w.mentor.api.reviews.endorse(endorsement()), "NOT_FOUND");
  });
});
