import { describe, expect, it } from "vitest";
import { BUILTIN_SKILLS, SKILL_SUGGESTIONS } from "@/lib/skills/catalogue";
import { buildDemoHistory, type DemoHistory } from "@/db/seed/history";
import { FAILURE_REASONS, INTERVIEW_STAGES } from "@/lib/interviews/catalogue";

const TODAY = "2026-03-15";
const history = buildDemoHistory(TODAY);

// Other days (a leap day, a year end) and seeds, so the invariants do not hold by the luck of one draw.
const VARIANTS: [string, number][] = [
  [TODAY, 2026],
  [TODAY, 7],
  ["2024-02-29", 2026],
  ["2025-12-31", 42],
  ["2027-07-01", 1],
  ["2026-01-01", 99],
];

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS,
  );
const builtinSlugs = BUILTIN_SKILLS.map((skill) => skill.slug);
const stageKeys: string[] = INTERVIEW_STAGES.map((stage) => stage.key);
const reasonKeys: string[] = FAILURE_REASONS.map((reason) => reason.key);
const TECHNICAL = ["coding-assessment", "technical-interview", "system-design", "take-home", "onsite"];

function levelsBySkill(data: DemoHistory): Map<string, number[]> {
  const series = new Map<string, number[]>();
  for (const item of data.assessments)
    series.set(item.skill, [...(series.get(item.skill) ?? []), item.level]);
  return series;
}

const allRounds = (data: DemoHistory) =>
  data.applications.flatMap((application) => application.rounds.map((round) => ({ application, round })));

describe("buildDemoHistory: determinism", () => {
  it("gives deep-equal output for the same today and seed", () => {
    expect(buildDemoHistory(TODAY, 2026)).toEqual(history);
    expect(buildDemoHistory("2025-06-01", 5)).toEqual(buildDemoHistory("2025-06-01", 5));
  });

  it("differs for another seed, and moves with today", () => {
    expect(buildDemoHistory(TODAY, 2027)).not.toEqual(history);
    const later = buildDemoHistory("2026-04-15");
    expect(later.applications.at(-1)?.appliedOn).toBe("2026-04-12");
    expect(history.applications.at(-1)?.appliedOn).toBe("2026-03-12");
  });

  it("refuses a today that is not a calendar date", () => {
    expect(() => buildDemoHistory("2026-02-30")).toThrow(/calendar date/);
    expect(() => buildDemoHistory("15/03/2026")).toThrow(/calendar date/);
    expect(() => buildDemoHistory("")).toThrow(/calendar date/);
  });
});

describe("buildDemoHistory: counts", () => {
  it("has three own tools from the seed's suggestions", () => {
    expect(history.ownSkills).toHaveLength(3);
    for (const skill of history.ownSkills) {
      expect(skill.kind).toBe("tool");
      expect(SKILL_SUGGESTIONS).toContain(skill.name);
    }
    expect(new Set(history.ownSkills.map((skill) => skill.key)).size).toBe(3);
  });

  it("assesses every built-in and own skill at least four times", () => {
    const series = levelsBySkill(history);
    const expected = [...builtinSlugs, ...history.ownSkills.map((skill) => skill.key)];
    expect([...series.keys()].sort()).toEqual([...expected].sort());
    expect(series.size).toBeGreaterThanOrEqual(9);
    for (const levels of series.values()) expect(levels.length).toBeGreaterThanOrEqual(4);
  });

  it("has 12 projects and 20 applications covering every status, at most one accepted", () => {
    expect(history.projects).toHaveLength(12);
    expect(history.applications).toHaveLength(20);
    const statuses = history.applications.map((application) => application.status);
    for (const status of [
      "applied",
      "interviewing",
      "offer",
      "accepted",
      "rejected",
      "withdrawn",
      "ghosted",
    ]) {
      expect(statuses).toContain(status);
    }
    expect(statuses.filter((status) => status === "accepted")).toHaveLength(1);
    expect(new Set(history.projects.map((project) => project.key)).size).toBe(12);
    expect(new Set(history.applications.map((application) => application.key)).size).toBe(20);
  });

  it("gives evidence of both kinds, and outcomes that are estimated and confidential", () => {
    const evidence = history.assessments.flatMap((item) => item.evidence);
    expect(evidence.some((item) => item.kind === "project")).toBe(true);
    expect(evidence.some((item) => item.kind === "url")).toBe(true);
    const outcomes = history.projects.flatMap((project) => project.outcomes);
    expect(outcomes.some((outcome) => outcome.confidence === "estimated")).toBe(true);
    expect(outcomes.some((outcome) => outcome.confidential)).toBe(true);
    expect(outcomes.some((outcome) => outcome.baseline === null)).toBe(true);
  });
});

describe.each(VARIANTS)("buildDemoHistory(%s, %i): invariants", (today, seed) => {
  const data = buildDemoHistory(today, seed);
  const refs = new Set([...builtinSlugs, ...data.ownSkills.map((skill) => skill.key)]);
  const projectKeys = new Set(data.projects.map((project) => project.key));

  it("assesses on the 1–5 scale, from about 18 months ago, every 1–3 months, never after today", () => {
    for (const item of data.assessments) {
      expect(Number.isInteger(item.level) && item.level >= 1 && item.level <= 5).toBe(true);
      expect(item.assessedOn <= today).toBe(true);
      expect(refs.has(item.skill)).toBe(true);
    }
    for (const skill of refs) {
      const dated = data.assessments.filter((item) => item.skill === skill);
      const first = dated[0];
      expect(first?.level).toBeLessThanOrEqual(2);
      expect(daysBetween(first?.assessedOn ?? today, today)).toBeGreaterThan(480);
      for (let i = 1; i < dated.length; i++) {
        const gap = daysBetween(dated[i - 1]?.assessedOn ?? "", dated[i]?.assessedOn ?? "");
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(92);
        expect(Math.abs((dated[i]?.level ?? 0) - (dated[i - 1]?.level ?? 0))).toBeLessThanOrEqual(1);
      }
    }
  });

  it("cites evidence that exists: own projects, or http(s) links", () => {
    for (const item of data.assessments) {
      for (const proof of item.evidence) {
        if (proof.kind === "project") expect(projectKeys.has(proof.projectKey)).toBe(true);
        else expect(new URL(proof.url).protocol).toMatch(/^https?:$/);
      }
    }
  });

  it("dates projects sensibly, with seed technologies, known skills and 1–3 outcomes", () => {
    for (const project of data.projects) {
      expect(project.startedOn <= today).toBe(true);
      if (project.endedOn !== null) {
        expect(project.endedOn >= project.startedOn).toBe(true);
        expect(project.endedOn <= today).toBe(true);
      }
      for (const technology of project.technologies) expect(SKILL_SUGGESTIONS).toContain(technology);
      for (const skill of project.skills) expect(refs.has(skill)).toBe(true);
      expect(project.outcomes.length).toBeGreaterThanOrEqual(1);
      expect(project.outcomes.length).toBeLessThanOrEqual(3);
      for (const outcome of project.outcomes) expect(Number.isFinite(outcome.result)).toBe(true);
    }
    const ongoing = data.projects.filter((project) => project.endedOn === null).length;
    expect(ongoing).toBeGreaterThanOrEqual(1);
    expect(ongoing).toBeLessThanOrEqual(2);
    expect(data.projects.some((project) => project.company === null)).toBe(true);
  });

  it("keeps money in integer minor units, only on offers", () => {
    for (const application of data.applications) {
      const money = [application.offerBaseMinor, application.offerBonusMinor, application.offerEquityMinor];
      if (application.status === "offer" || application.status === "accepted") {
        for (const amount of money) expect(Number.isSafeInteger(amount) && (amount ?? 0) > 0).toBe(true);
        expect(application.offerCurrency).toBe("USD");
        expect(application.levelOffered).toMatch(/^(Entry|Mid|Senior)$/);
      } else {
        expect([...money, application.offerCurrency, application.levelOffered]).toEqual([
          null,
          null,
          null,
          null,
          null,
        ]);
      }
    }
  });

  it("schedules rounds after the application, days apart, phone screen first", () => {
    for (const application of data.applications) {
      expect(application.appliedOn <= today).toBe(true);
      expect(application.rounds.length).toBeLessThanOrEqual(5);
      // An application still at "applied" has had no interview yet.
      if (application.status !== "applied") expect(application.rounds.length).toBeGreaterThanOrEqual(1);
      else expect(application.rounds).toEqual([]);
      const stages = application.rounds.map((round) => round.stage);
      if (stages.length > 0) expect(stages[0]).toBe("phone-screen");
      expect(new Set(stages).size).toBe(stages.length);
      for (const stage of stages) expect(stageKeys).toContain(stage);
      if (stages.includes("offer-call")) expect(stages.at(-1)).toBe("offer-call");
      let previous = application.appliedOn;
      for (const round of application.rounds) {
        expect(new Date(round.scheduledAt).toISOString()).toBe(round.scheduledAt);
        expect(daysBetween(previous, round.scheduledAt)).toBeGreaterThanOrEqual(1);
        previous = round.scheduledAt;
      }
    }
  });

  it("ends rounds the way the application ended", () => {
    for (const application of data.applications) {
      const outcomes = application.rounds.map((round) => round.outcome);
      const last = outcomes.at(-1);
      expect(outcomes.slice(0, -1).every((outcome) => outcome === "passed")).toBe(true);
      const expected = {
        applied: undefined,
        interviewing: "pending",
        offer: "passed",
        accepted: "passed",
        rejected: "failed",
        withdrawn: "cancelled",
        ghosted: "passed",
      }[application.status];
      expect(last).toBe(expected);
    }
  });

  it("has pending rounds only in interviewing applications, 2–3 of them in the next three weeks", () => {
    const rounds = allRounds(data);
    for (const { application, round } of rounds) {
      if (round.outcome === "pending") expect(application.status).toBe("interviewing");
      if (round.outcome !== "pending") expect(round.scheduledAt.slice(0, 10) <= today).toBe(true);
    }
    const future = rounds.filter(({ round }) => round.scheduledAt.slice(0, 10) > today);
    expect(future.length).toBeGreaterThanOrEqual(2);
    expect(future.length).toBeLessThanOrEqual(3);
    for (const { round } of future) {
      expect(round.outcome).toBe("pending");
      expect(daysBetween(today, round.scheduledAt)).toBeLessThanOrEqual(21);
      expect(round.selfRating).toBeNull();
    }
  });

  it("gives failure reasons only to failed rounds, built-in keys plus one of the user's own", () => {
    const rounds = allRounds(data).map(({ round }) => round);
    for (const round of rounds) {
      if (round.outcome === "failed") expect(round.failureReasons.length).toBeGreaterThanOrEqual(1);
      else expect(round.failureReasons).toEqual([]);
    }
    const reasons = rounds.flatMap((round) => round.failureReasons);
    expect(reasons.some((reason) => reasonKeys.includes(reason))).toBe(true);
    expect(reasons).toContain("Ran out of time on the second problem");
  });

  it("rates 1–5, tests 2–3 built-in competencies per technical round, follows up around today", () => {
    const rounds = allRounds(data).map(({ round }) => round);
    for (const round of rounds) {
      if (round.selfRating !== null) expect([1, 2, 3, 4, 5]).toContain(round.selfRating);
      for (const slug of round.competencies) expect(builtinSlugs).toContain(slug);
      expect(new Set(round.competencies).size).toBe(round.competencies.length);
      if (TECHNICAL.includes(round.stage)) {
        expect(round.competencies.length).toBeGreaterThanOrEqual(2);
        expect(round.competencies.length).toBeLessThanOrEqual(3);
      }
    }
    expect(rounds.some((round) => round.feedback !== null)).toBe(true);
    expect(rounds.some((round) => round.feedbackRequested)).toBe(true);
    const followUps = rounds.flatMap((round) => (round.followUpOn === null ? [] : [round.followUpOn]));
    expect(followUps.filter((day) => Math.abs(daysBetween(today, day)) <= 2).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("rises unevenly: most skills end higher than they started, with plateaus or dips on the way", () => {
    const series = [...levelsBySkill(data).values()];
    const rising = series.filter((levels) => (levels.at(-1) ?? 0) > (levels[0] ?? 0));
    expect(rising.length / series.length).toBeGreaterThan(0.75);
    const steps = series.flatMap((levels) => levels.slice(1).map((level, i) => level - (levels[i] ?? level)));
    expect(steps.some((step) => step <= 0)).toBe(true);
    expect(steps.some((step) => step > 0)).toBe(true);
  });
});

describe("buildDemoHistory: the default story", () => {
  it("has both a plateau and a one-step dip", () => {
    const steps = [...levelsBySkill(history).values()].flatMap((levels) =>
      levels.slice(1).map((level, i) => level - (levels[i] ?? level)),
    );
    expect(steps).toContain(0);
    expect(steps).toContain(-1);
    expect(Math.min(...steps)).toBe(-1);
  });
});
