import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { assessments } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/undo";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createTestDb } from "@/tests/helpers/db";
import { skillRowCounts } from "@/tests/helpers/skills";
import {
  builtinSkillId,
  createProject,
  createRound,
  newCaller as newUserCaller,
  softDelete,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
let testing: string;
beforeAll(async () => {
  handle = await createTestDb();
  testing = await builtinSkillId(handle.db, "testing");
});
afterAll(async () => {
  await handle.close();
});

const newCaller = () => newUserCaller(handle.db);

describe("assess", () => {
  it("records a self assessment with project, round and link evidence in one go", async () => {
    const { user, api } = await newCaller();
    const { id: projectId } = await createProject(handle.db, user);
    const { id: roundId } = await createRound(handle.db, user);
    const created = await api.skills.assess({
      skillId: testing,
      level: 3,
      assessedOn: "2025-04-10",
      note: "Wrote the contract tests",
      evidence: [
        { kind: "project", projectId },
        { kind: "round", roundId },
        { kind: "url", url: "https://example.com/pr/1" },
      ],
    });
    expect(created).toMatchObject({ skillId: testing, level: 3, assessedOn: "2025-04-10", evidenceCount: 3 });
    expect(await skillRowCounts(handle.db, user.id)).toMatchObject({ assessments: 1, evidence: 3 });
  });

  it("never overwrites: a second assessment of the same day is a new row", async () => {
    const { user, api } = await newCaller();
    await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-04-10" });
    await api.skills.assess({ skillId: testing, level: 3, assessedOn: "2025-04-10" });
    expect((await skillRowCounts(handle.db, user.id)).assessments).toBe(2);
    const current = await api.skills.current();
    expect(current.skills.find((skill) => skill.skillId === testing)?.level).toBe(3);
  });

  it("assesses an own skill, but not another user's skill or a missing one", async () => {
    const { user, api } = await newCaller();
    const other = await newCaller();
    const mine = await api.skills.addSkill({ name: "Docker", kind: "tool" });
    const theirs = await other.api.skills.addSkill({ name: "Docker", kind: "tool" });
    await api.skills.assess({ skillId: mine.id, level: 4, assessedOn: "2025-01-01" });
    const error = await expectCode(
      api.skills.assess({ skillId: theirs.id, level: 4, assessedOn: "2025-01-01" }),
      "NOT_FOUND",
    );
    expect(error.message).toBe("skill not found");
    await expectCode(
      api.skills.assess({ skillId: crypto.randomUUID(), level: 4, assessedOn: "2025-01-01" }),
      "NOT_FOUND",
    );
    expect((await skillRowCounts(handle.db, user.id)).assessments).toBe(1);
    expect((await skillRowCounts(handle.db, other.user.id)).assessments).toBe(0);
  });

  it("refuses another user's or a deleted project or round as evidence, writing nothing", async () => {
    const { user, api } = await newCaller();
    const other = await newCaller();
    const { id: theirProject } = await createProject(handle.db, other.user);
    const { id: theirRound } = await createRound(handle.db, other.user);
    const { id: deletedProject } = await createProject(handle.db, user, { deletedAt: new Date() });
    const { id: deletedRound } = await createRound(handle.db, user, { deletedAt: new Date() });
    const { id: roundOfDeletedApplication } = await createRound(handle.db, user, {
      application: { deletedAt: new Date() },
    });
    const base = { skillId: testing, level: 3, assessedOn: "2025-02-02" };
    const cases = [
      [{ kind: "project", projectId: theirProject }, "project not found"],
      [{ kind: "project", projectId: deletedProject }, "project not found"],
      [{ kind: "round", roundId: theirRound }, "round not found"],
      [{ kind: "round", roundId: deletedRound }, "round not found"],
      [{ kind: "round", roundId: roundOfDeletedApplication }, "round not found"],
    ] as const;
    for (const [item, message] of cases) {
      const error = await expectCode(
        api.skills.assess({ ...base, evidence: [{ kind: "url", url: "https://example.com" }, item] }),
        "NOT_FOUND",
      );
      expect(error.message).toBe(message);
    }
    expect(await skillRowCounts(handle.db, user.id)).toMatchObject({ assessments: 0, evidence: 0 });
  });

  it("refuses bad input on the right field and writes nothing", async () => {
    const { user, api } = await newCaller();
    const bad = async (input: Record<string, unknown>, field: string) => {
      const error = await expectCode(
        api.skills.assess({ skillId: testing, level: 3, assessedOn: "2025-01-01", ...input } as never),
        "BAD_REQUEST",
      );
      expect(Object.keys(fieldErrorsOf(error.cause) ?? {})).toContain(field);
    };
    await bad({ level: 0 }, "level");
    await bad({ level: 6 }, "level");
    await bad({ level: 2.5 }, "level");
    await bad({ assessedOn: "2999-01-01" }, "assessedOn");
    await bad({ assessedOn: "1900-01-01" }, "assessedOn");
    await bad({ assessedOn: "2025-02-30x" }, "assessedOn");
    await bad({ note: "x".repeat(1_000_000) }, "note");
    await bad({ skillId: "testing" }, "skillId");
    await bad({ evidence: [{ kind: "url", url: "javascript:alert(1)" }] }, "evidence.0.url");
    await bad({ evidence: [{ kind: "video", url: "https://example.com" }] }, "evidence.0.kind");
    const eleven = Array.from({ length: 11 }, (_, i) => ({ kind: "url", url: `https://example.com/${i}` }));
    await bad({ evidence: eleven }, "evidence");
    const twice = { kind: "url", url: "https://example.com/same" };
    await bad({ evidence: [twice, twice] }, "evidence.1");
    expect(await skillRowCounts(handle.db, user.id)).toMatchObject({ assessments: 0, evidence: 0 });
  });
});

describe("deleteAssessment and restoreAssessment", () => {
  it("soft-deletes, hides it from reads, and restores it within the undo window", async () => {
    const { api } = await newCaller();
    const older = await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-01" });
    const newer = await api.skills.assess({ skillId: testing, level: 4, assessedOn: "2025-03-01" });
    const levelNow = async () =>
      (await api.skills.current()).skills.find((s) => s.skillId === testing)?.level;

    await api.skills.deleteAssessment({ id: newer.id });
    expect(await levelNow()).toBe(2);
    expect((await api.skills.history({ skillId: testing })).items.map((item) => item.id)).toEqual([older.id]);
    await expectCode(api.skills.deleteAssessment({ id: newer.id }), "NOT_FOUND");

    await api.skills.restoreAssessment({ id: newer.id });
    expect(await levelNow()).toBe(4);
    await expectCode(api.skills.restoreAssessment({ id: newer.id }), "NOT_FOUND");
  });

  it("refuses to restore after the undo window", async () => {
    const { api } = await newCaller();
    const created = await api.skills.assess({ skillId: testing, level: 2, assessedOn: "2025-01-01" });
    await api.skills.deleteAssessment({ id: created.id });
    await softDelete(handle.db, assessments, created.id, { ago: UNDO_WINDOW_MS + 1_000 });
    await expectCode(api.skills.restoreAssessment({ id: created.id }), "CONFLICT");
    expect((await api.skills.current()).skills.find((s) => s.skillId === testing)?.level).toBeNull();
  });

  it("another user can neither delete nor restore it", async () => {
    const { api } = await newCaller();
    const other = await newCaller();
    const created = await api.skills.assess({ skillId: testing, level: 5, assessedOn: "2025-01-01" });
    await expectCode(other.api.skills.deleteAssessment({ id: created.id }), "NOT_FOUND");
    expect((await api.skills.current()).skills.find((s) => s.skillId === testing)?.level).toBe(5);
    await api.skills.deleteAssessment({ id: created.id });
    await expectCode(other.api.skills.restoreAssessment({ id: created.id }), "NOT_FOUND");
    expect((await api.skills.current()).skills.find((s) => s.skillId === testing)?.level).toBeNull();
  });

  it("refuses a bad id", async () => {
    const { api } = await newCaller();
    await expectCode(api.skills.deleteAssessment({ id: "x" }), "BAD_REQUEST");
    await expectCode(api.skills.restoreAssessment({ id: "x" }), "BAD_REQUEST");
  });
});

describe("evidenceOptions", () => {
  it("pages the actor's live projects and rounds, newest first, and nobody else's", async () => {
    const { user, api } = await newCaller();
    const other = await newCaller();
    // Rows created in the same millisecond tie on created_at; the id order between them is arbitrary.
    const { id: first } = await createProject(handle.db, user, {
      title: "First",
      createdAt: new Date(Date.now() - 60_000),
    });
    const { id: second } = await createProject(handle.db, user, { title: "Second" });
    await createProject(handle.db, user, { title: "Gone", deletedAt: new Date() });
    await createProject(handle.db, other.user, { title: "Theirs" });
    const { id: round } = await createRound(handle.db, user, {
      application: { company: "Initech" },
      stage: "system-design",
    });
    await createRound(handle.db, other.user);

    const page1 = await api.skills.evidenceOptions({ kind: "project", limit: 1 });
    expect(page1.items.map((item) => item.id)).toEqual([second]);
    const page2 = await api.skills.evidenceOptions({ kind: "project", limit: 1, cursor: page1.nextCursor });
    expect(page2).toMatchObject({ items: [{ id: first, label: "First" }], nextCursor: null });
    const roundsPage = await api.skills.evidenceOptions({ kind: "round" });
    expect(roundsPage.items).toMatchObject([{ id: round, label: "System design · Initech" }]);
    expect((await other.api.skills.evidenceOptions({ kind: "project" })).items.map((i) => i.label)).toEqual([
      "Theirs",
    ]);
  });

  it("refuses a bad kind or limit", async () => {
    const { api } = await newCaller();
    await expectCode(api.skills.evidenceOptions({ kind: "url" as "project" }), "BAD_REQUEST");
    await expectCode(api.skills.evidenceOptions({ kind: "project", limit: 1000 }), "BAD_REQUEST");
  });
});
