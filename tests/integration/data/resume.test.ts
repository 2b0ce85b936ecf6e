import { createRequire } from "node:module";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { assessments, ladderLevels, ladders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { buildDemoHistory } from "@/db/seed/history";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { exportResume } from "@/server/data/resume";
import { createTestDb } from "@/tests/helpers/db";
import { claimsFor, callerFor, createUser } from "@/tests/helpers/factories";

type Validate = (doc: unknown, done: (errors: unknown, result?: { valid: boolean }) => void) => void;
const { validate } = createRequire(import.meta.url)("resume-schema") as { validate: Validate };

/** The official package's verdict: null when valid, else its list of errors. */
const schemaErrors = (doc: unknown) =>
  new Promise<unknown>((resolve) => validate(doc, (errors) => resolve(errors ?? null)));

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const TODAY = "2026-03-15";
const actorOf = (user: { id: string; email: string }): Actor => ({ userId: user.id, email: user.email });

describe("JSON Resume export", () => {
  it("is valid for an account with nothing in it", async () => {
    const user = await createUser(handle.db, { name: "Émilie Dupont" });
    const resume = await exportResume(handle.db, actorOf(user));
    expect(resume.basics).toEqual({ name: "Émilie Dupont", email: user.email });
    expect([resume.work, resume.projects, resume.skills]).toEqual([[], [], []]);
    expect(await schemaErrors(resume)).toBeNull();
  });

  it("is valid for a demo-sized account, and covers its employers, projects and rated skills", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    await seedDemoHistory(handle.db, user.id, TODAY);
    await seedDemoHistory(handle.db, other.id, TODAY);
    const history = buildDemoHistory(TODAY);

    const resume = await exportResume(handle.db, actorOf(user));
    expect(await schemaErrors(resume)).toBeNull();

    expect(resume.projects).toHaveLength(history.projects.length);
    const employers = new Set(history.projects.flatMap((p) => (p.company ? [p.company] : [])));
    expect(resume.work.map((w) => w.name).sort()).toEqual([...employers].sort());
    const outcomes = history.projects.flatMap((p) => p.outcomes);
    expect(resume.projects.flatMap((p) => p.highlights)).toHaveLength(outcomes.length);

    const [rated] = await handle.db
      .select({ n: sql<number>`count(distinct ${assessments.skillId})::int` })
      .from(assessments)
      .where(
        and(eq(assessments.userId, user.id), eq(assessments.source, "self"), isNull(assessments.deletedAt)),
      );
    expect(resume.skills).toHaveLength(Number(rated?.n));
    expect(
      resume.skills.every((s) =>
        /^(Awareness|Foundational|Working knowledge|Practitioner|Expert)$/.test(s.level),
      ),
    ).toBe(true);
  });

  it("never quotes the demo's confidential figures", async () => {
    const user = await createUser(handle.db);
    await seedDemoHistory(handle.db, user.id, TODAY);
    const text = JSON.stringify(await exportResume(handle.db, actorOf(user)));
    const secret = buildDemoHistory(TODAY)
      .projects.flatMap((p) => p.outcomes)
      .filter((o) => o.confidential);
    expect(secret.length).toBeGreaterThan(0);
    for (const outcome of secret) {
      expect(text).toContain(`${outcome.metric.charAt(0).toLowerCase()}${outcome.metric.slice(1)}`);
      for (const value of [outcome.baseline, outcome.result]) {
        if (value !== null && value >= 10) expect(text).not.toContain(value.toLocaleString("en-US"));
      }
    }
    expect(text).toContain("(figures confidential)");
  });

  it("labels the person with the goal's current level, and leaves out deleted and other people's rows", async () => {
    const user = await createUser(handle.db);
    const api = callerFor(handle.db, claimsFor(user));
    const [level] = await handle.db
      .select({
        id: ladderLevels.id,
        ladderId: ladderLevels.ladderId,
        name: ladderLevels.name,
        ladder: ladders.name,
      })
      .from(ladderLevels)
      .innerJoin(ladders, eq(ladders.id, ladderLevels.ladderId))
      .where(isNull(ladders.userId))
      .limit(1);
    if (!level) throw new Error("the built-in ladder is missing");
    await api.goals.set({ ladderId: level.ladderId, currentLevelId: level.id });
    const kept = await api.projects.create({ title: "Kept", role: "Dev", startedOn: "2025-01-01" });
    const gone = await api.projects.create({ title: "Gone", role: "Dev", startedOn: "2025-02-01" });
    await api.projects.delete({ id: gone.id });
    const stranger = await createUser(handle.db);
    await callerFor(handle.db, claimsFor(stranger)).projects.create({
      title: "Not mine",
      role: "Dev",
      startedOn: "2025-01-01",
    });

    const resume = await exportResume(handle.db, actorOf(user));
    expect(resume.basics.label).toBe(`${level.name} — ${level.ladder}`);
    expect(resume.projects.map((p) => p.name)).toEqual([kept.title]);
    expect(await schemaErrors(resume)).toBeNull();
  });
});
