import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { PROJECTS_HEADER, SKILLS_HEADER } from "@/lib/data/csv";
import { interviewsHeader } from "@/lib/data/csv-interviews";
import { buildDemoHistory } from "@/db/seed/history";
import { exportCsv } from "@/server/data/csv";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createAssessment, createUser } from "@/tests/helpers/factories";
import { actorOf } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const TODAY = "2026-03-15";
const NOTE = 'Revue « café », "crème brûlée"\nsecond line, with commas; and ünïcödé';
/** Parsed by csv-parse, an independent reader; `bom` drops the byte-order mark. */
const rowsOf = (csv: string): string[][] => parse(csv, { bom: true });

async function userWithTrickyData() {
  const user = await createUser(handle.db, { name: "Zoë Ünal" });
  const mentor = await createUser(handle.db, { name: "Ana Núñez" });
  const api = callerFor(handle.db, claimsFor(user));
  await api.account.updateProfile({ name: "Zoë Ünal", timeZone: "Europe/Paris" });
  const skill = await api.skills.addSkill({ name: 'Go, "the language"', kind: "technical" });
  await api.skills.assess({ skillId: skill.id, level: 2, assessedOn: "2025-01-10", note: NOTE });
  await api.skills.assess({ skillId: skill.id, level: 3, assessedOn: "2025-06-10", note: '=HYPERLINK("x")' });
  await createAssessment(handle.db, user, { skillId: skill.id, level: 4, assessedOn: "2025-07-01", mentor });
  const project = await api.projects.create({
    title: "+Ledger, v2",
    role: "Tech lead",
    company: "Société Générale",
    startedOn: "2025-01-01",
    description: NOTE,
    technologies: ["Go", "PostgreSQL"],
    skillIds: [skill.id],
  });
  await api.projects.outcomes.add({
    projectId: project.id,
    metric: "Infra cost",
    baseline: 14200,
    result: 9800,
    unit: "USD",
    confidential: true,
  });
  await api.projects.outcomes.add({
    projectId: project.id,
    metric: "Errors",
    baseline: -2,
    result: 0.5,
    unit: "%",
  });
  await api.projects.create({
    title: "No outcomes",
    role: "Dev",
    startedOn: "2024-01-01",
    endedOn: "2024-02-01",
  });
  const gone = await api.projects.create({ title: "Deleted", role: "Dev", startedOn: "2024-01-01" });
  await api.projects.delete({ id: gone.id });

  const withRounds = await api.interviews.create({
    company: "Acme, Inc.",
    role: "Backend engineer",
    appliedOn: "2025-02-01",
    status: "offer",
    offerBase: "145000.50",
    offerCurrency: "EUR",
    notes: NOTE,
  });
  await api.interviews.addRound({
    applicationId: withRounds.id,
    stage: "phone-screen",
    scheduledAt: "2025-02-03T08:30:00.000Z",
    outcome: "failed",
    feedback: "-ok",
    failureReasons: ["Ran out of time"],
    competencyIds: [skill.id],
  });
  const dropped = await api.interviews.addRound({ applicationId: withRounds.id, stage: "Onsite" });
  await api.interviews.deleteRound({ id: dropped.id });
  await api.interviews.create({ company: "Quiet Co", role: "Dev", appliedOn: "2025-03-01" });
  return { user, project };
}

describe("CSV exports", () => {
  it("writes the skills history with accents, quotes, newlines and formulas intact or made inert", async () => {
    const { user } = await userWithTrickyData();
    const rows = rowsOf(await exportCsv(handle.db, actorOf(user), "skills"));
    expect(rows).toEqual([
      [...SKILLS_HEADER],
      ['Go, "the language"', "technical", "2", "Foundational", "2025-01-10", "self", "", NOTE],
      [
        'Go, "the language"',
        "technical",
        "3",
        "Working knowledge",
        "2025-06-10",
        "self",
        "",
        '\'=HYPERLINK("x")',
      ],
      ['Go, "the language"', "technical", "4", "Practitioner", "2025-07-01", "mentor", "Ana Núñez", ""],
    ]);
  });

  it("writes one row per outcome, one for a project without any, and no deleted project", async () => {
    const { user } = await userWithTrickyData();
    const csv = await exportCsv(handle.db, actorOf(user), "projects");
    expect(csv.startsWith("\uFEFFtitle,role,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const project = [
      "'+Ledger, v2",
      "Tech lead",
      "Société Générale",
      "2025-01-01",
      "",
      NOTE,
      "Go; PostgreSQL",
      'Go, "the language"',
    ];
    expect(rowsOf(csv)).toEqual([
      [...PROJECTS_HEADER],
      ["No outcomes", "Dev", "", "2024-01-01", "2024-02-01", "", "", "", "", "", "", "", "", "", ""],
      [...project, "Infra cost", "14200", "9800", "USD", "", "measured", "yes"],
      [...project, "Errors", "-2", "0.5", "%", "", "measured", "no"],
    ]);
  });

  it("writes one row per live round with the application repeated, times in the user's zone", async () => {
    const { user } = await userWithTrickyData();
    const application = [
      "Acme, Inc.",
      "Backend engineer",
      "",
      "",
      "2025-02-01",
      "offer",
      "145000.50",
      "",
      "",
      "EUR",
      "",
      NOTE,
    ];
    expect(rowsOf(await exportCsv(handle.db, actorOf(user), "interviews"))).toEqual([
      interviewsHeader("Europe/Paris"),
      [
        ...application,
        "Phone screen",
        "2025-02-03 09:30",
        "failed",
        "",
        "'-ok",
        "no",
        "Ran out of time",
        'Go, "the language"',
        "",
      ],
      [
        "Quiet Co",
        "Dev",
        "",
        "",
        "2025-03-01",
        "applied",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
    ]);
  });

  it("covers a demo-sized account row for row, and never another user's rows", async () => {
    const user = await createUser(handle.db);
    const other = await createUser(handle.db);
    await seedDemoHistory(handle.db, user.id, TODAY);
    await userWithTrickyData();
    const history = buildDemoHistory(TODAY);
    const count = async (kind: "skills" | "projects" | "interviews") =>
      rowsOf(await exportCsv(handle.db, actorOf(user), kind)).length - 1;

    expect(await count("skills")).toBe(history.assessments.length);
    expect(await count("projects")).toBe(
      history.projects.reduce((n, p) => n + Math.max(1, p.outcomes.length), 0),
    );
    expect(await count("interviews")).toBe(
      history.applications.reduce((n, a) => n + Math.max(1, a.rounds.length), 0),
    );
    expect(rowsOf(await exportCsv(handle.db, actorOf(other), "projects"))).toEqual([[...PROJECTS_HEADER]]);
  });
});
