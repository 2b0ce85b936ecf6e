import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladderCompetencies, ladderLevels, projects, skills } from "@/db/schema";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { buildDemoHistory } from "@/db/seed/history";
import { outcomeFigures, type Packet, type PacketSection } from "@/lib/packet/packet";
import { escapeMarkdown, packetMarkdown } from "@/lib/packet/markdown";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { defaultLadder } from "@/server/goals/goals";
import { packetRouter } from "@/server/packet/router";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { createCallerFactory, createContextInner } from "@/server/trpc/init";
import { createTestDb } from "@/tests/helpers/db";
import {
  builtinSkillId,
  callerFor,
  claimsFor,
  createMentorship,
  createUser,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";
import { monthsBefore, todayIn } from "@/lib/dates";

const TODAY = "2026-03-15";
const PERIOD = { from: "2025-09-15", to: TODAY };
const history = buildDemoHistory(TODAY);
const inPeriod = (day: string) => day >= PERIOD.from && day <= PERIOD.to;
const NOTE = "Led the [API](http://evil.example) review <img src=x>";

let handle: DbHandle;
let owner: Awaited<ReturnType<typeof createUser>>;
let packet: Packet;
/** Skill name → the key of the competency it measures in the built-in ladder. */
let competencyOfSkill: Map<string, string>;

const packetCaller = (user: { id: string; sessionId: string }) =>
  createCallerFactory(packetRouter)(createContextInner({ db: handle.db, session: claimsFor(user) }));

beforeAll(async () => {
  handle = await createTestDb();
  owner = await createUser(handle.db, { name: "Dana Demo" });
  await seedDemoHistory(handle.db, owner.id, TODAY);
  const mentor = await createUser(handle.db, { name: "Mira Mentor" });
  await createMentorship(handle.db, owner, mentor);
  await callerFor(handle.db, claimsFor(mentor)).reviews.endorse({
    menteeId: owner.id,
    skillId: await builtinSkillId(handle.db, "apis"),
    level: 4,
    assessedOn: "2026-02-01",
    note: NOTE,
  });
  const ladder = await defaultLadder(handle.db);
  if (!ladder) throw new Error("no built-in ladder");
  const rows = await handle.db
    .select({ key: ladderCompetencies.key, skillName: skills.name })
    .from(ladderCompetencies)
    .innerJoin(skills, eq(skills.id, ladderCompetencies.skillId))
    .where(eq(ladderCompetencies.ladderId, ladder.id))
    .orderBy(asc(ladderCompetencies.position));
  competencyOfSkill = new Map(rows.map((row) => [row.skillName, row.key]));
  packet = await packetCaller(owner).get(PERIOD);
}, 60_000);
afterAll(async () => {
  await handle.close();
});

const skillName = (ref: string) =>
  BUILTIN_SKILLS.find((skill) => skill.slug === ref)?.name ??
  history.ownSkills.find((skill) => skill.key === ref)?.name ??
  ref;
const sectionKeyOf = (ref: string) => competencyOfSkill.get(skillName(ref)) ?? "other";
const allSections = (p: Packet): PacketSection[] => [...p.sections, p.other];
const section = (key: string) => allSections(packet).find((item) => item.key === key);

describe("review packet on a demo-sized account", () => {
  it("has one section per competency of the built-in ladder, in order, then Other evidence", () => {
    expect(packet.owner).toBe("Dana Demo");
    expect(packet.period).toEqual(PERIOD);
    expect(packet.targetLevel).toBeNull();
    expect(packet.sections.map((item) => item.key)).toEqual([...new Set(competencyOfSkill.values())]);
    expect(packet.other.key).toBe("other");
  });

  it("shows first and last self rating of each skill rated in the period, under its competency", () => {
    const expected = new Map<string, { key: string; first: number; last: number; ratings: number }>();
    for (const item of history.assessments.filter((a) => inPeriod(a.assessedOn))) {
      const name = skillName(item.skill);
      const seen = expected.get(name);
      expected.set(name, {
        key: sectionKeyOf(item.skill),
        first: seen?.first ?? item.level,
        last: item.level,
        ratings: (seen?.ratings ?? 0) + 1,
      });
    }
    expect(expected.size).toBeGreaterThan(3);
    const actual = new Map(
      allSections(packet).flatMap((item) =>
        item.skillChanges.map((change) => [
          change.skillName,
          { key: item.key, first: change.first.level, last: change.last.level, ratings: change.ratings },
        ]),
      ),
    );
    expect(actual).toEqual(expected);
    expect(packet.other.skillChanges.length).toBeGreaterThan(0);
  });

  it("lists each piece of evidence once per competency, and projects with their outcome numbers", () => {
    const evidence = new Map<string, Set<string>>();
    for (const item of history.assessments.filter((a) => inPeriod(a.assessedOn))) {
      const key = sectionKeyOf(item.skill);
      for (const cited of item.evidence)
        evidence.set(
          key,
          (evidence.get(key) ?? new Set()).add(cited.kind === "url" ? cited.url : cited.projectKey),
        );
    }
    for (const item of allSections(packet))
      expect(item.evidence.length).toBe(evidence.get(item.key)?.size ?? 0);

    const overlapping = history.projects.filter(
      (project) =>
        project.startedOn <= PERIOD.to && (project.endedOn === null || project.endedOn >= PERIOD.from),
    );
    expect(overlapping.length).toBeGreaterThan(0);
    for (const project of overlapping) {
      const keys = [...new Set(project.skills.map(sectionKeyOf).filter((key) => key !== "other"))];
      for (const key of keys.length > 0 ? keys : ["other"]) {
        const shown = section(key)?.projects.find((item) => item.title === project.title);
        expect(shown, `${project.title} under ${key}`).toBeDefined();
        expect(shown?.outcomes.map((outcome) => outcome.figures)).toEqual(
          project.outcomes.map(outcomeFigures),
        );
      }
    }
  });

  it("never shows a confidential outcome's numbers", () => {
    const outcomes = allSections(packet).flatMap((item) =>
      item.projects.flatMap((project) => project.outcomes),
    );
    const secret = outcomes.filter((outcome) => outcome.confidential);
    expect(secret.length).toBeGreaterThan(0);
    expect(secret.every((outcome) => outcome.figures === "confidential")).toBe(true);
    const hidden = history.projects.flatMap((project) =>
      project.outcomes.filter((outcome) => outcome.confidential),
    );
    const text = JSON.stringify(packet);
    for (const outcome of hidden) expect(text).not.toContain(`"result":${outcome.result}`);
    expect(packetMarkdown(packet)).toContain(`${escapeMarkdown(secret[0]?.metric ?? "")}: confidential`);
  });

  it("shows a mentor's endorsement with the mentor's name under its competency, escaped in Markdown", () => {
    const key = sectionKeyOf("apis");
    expect(section(key)?.endorsements).toEqual([
      { skillName: skillName("apis"), mentorName: "Mira Mentor", level: 4, on: "2026-02-01", note: NOTE },
    ]);
    const markdown = packetMarkdown(packet);
    expect(markdown).toContain("Mira Mentor rated");
    expect(markdown).not.toContain("[API](http://evil.example)");
    expect(markdown).not.toMatch(/(?<!\\)<img/);
  });

  it("uses the goal's target level for expectations, and drops a deleted project", async () => {
    const ladder = await defaultLadder(handle.db);
    const [level] = await handle.db
      .select({ id: ladderLevels.id, name: ladderLevels.name })
      .from(ladderLevels)
      .where(and(eq(ladderLevels.ladderId, ladder?.id ?? ""), eq(ladderLevels.position, 1)));
    if (!ladder || !level) throw new Error("the built-in ladder has no second level");
    const api = callerFor(handle.db, claimsFor(owner));
    await api.goals.set({ ladderId: ladder.id, targetLevelId: level.id });
    const [project] = await handle.db
      .select({ id: projects.id, title: projects.title })
      .from(projects)
      .where(eq(projects.userId, owner.id))
      .orderBy(asc(projects.endedOn))
      .limit(1);
    await api.projects.delete({ id: project?.id ?? "" });

    const withGoal = await packetCaller(owner).get(PERIOD);
    expect(withGoal.targetLevel).toBe(level.name);
    expect(withGoal.sections.some((item) => item.expectation !== null)).toBe(true);
    expect(JSON.stringify(withGoal)).not.toContain(JSON.stringify(project?.title));
  });

  it("defaults to the six months up to today, and refuses a bad period naming the field", async () => {
    const fresh = await packetCaller(owner).get();
    const today = todayIn("UTC");
    expect(fresh.period).toEqual({ from: monthsBefore(today, 6), to: today });
    const reversed = await expectCode(
      packetCaller(owner).get({ from: "2026-03-01", to: "2026-02-01" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(reversed.cause)).toEqual({ to: ["choose an end on or after the start"] });
    const unreal = await expectCode(packetCaller(owner).get({ from: "2026-02-30" }), "BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(unreal.cause) ?? {})).toEqual(["from"]);
  });

  it("gives another user their own empty packet, with nothing of the owner's", async () => {
    const stranger = await createUser(handle.db);
    const theirs = await packetCaller(stranger).get(PERIOD);
    expect(allSections(theirs).every((item) => item.evidence.length + item.projects.length === 0)).toBe(true);
    expect(
      allSections(theirs).every((item) => item.skillChanges.length + item.endorsements.length === 0),
    ).toBe(true);
    expect(JSON.stringify(theirs)).not.toContain("Mira Mentor");
  });
});
