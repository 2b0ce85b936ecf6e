import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ladderCompetencies, ladders } from "@/db/schema";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApplication,
  createCompensation,
  createLadder,
  createMentorship,
  createProject,
  createRound,
  createSalaryBand,
  createUser,
  endMentorship,
  setMentorshipScopes,
} from "@/tests/helpers/factories";
import { expectCode } from "@/tests/helpers/integration-extra";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const apiOf = (user: User) => callerFor(handle.db, claimsFor(user));

/** Figures seeded only here, so finding one in a response can only mean it leaked. */
const SECRETS = [
  "18734500",
  "187345",
  "2345678",
  "3456789",
  "16543210",
  "165432",
  "1212121",
  "9876543",
  "CHF",
];
const leaked = (value: unknown) => SECRETS.filter((secret) => JSON.stringify(value).includes(secret));

/** A mentee with an offer, their pay, an imported band on their own ladder, and a mentor with these scopes. */
async function setUp(scopes: MentorshipScope[]) {
  const mentee = await createUser(handle.db);
  const mentor = await createUser(handle.db);
  const offer = await createApplication(handle.db, mentee, {
    company: "Umbrella",
    status: "offer",
    offerBase: "187345.00",
    offerBonus: "23456.78",
    offerEquity: "34567.89",
    offerCurrency: "CHF",
    levelOffered: "Senior",
  });
  await createRound(handle.db, mentee, {
    applicationId: offer.id,
    outcome: "passed",
    scheduledAt: new Date(),
  });
  await createProject(handle.db, claimsFor(mentee));
  await createCompensation(handle.db, mentee, {
    base: "165432.10",
    bonus: "12121.21",
    currency: "CHF",
    region: "CH",
  });
  const { ladder, levels } = await createLadder(handle.db, mentee, {
    levels: ["junior", "senior"],
    name: "Mentee's own ladder",
  });
  const [senior] = levels.slice(-1);
  if (!senior) throw new Error("no level");
  await createSalaryBand(handle.db, mentee, {
    ladderId: ladder.id,
    levelId: senior.id,
    region: "CH",
    currency: "USD",
    year: 2026,
    p50Minor: 9_876_543,
    sampleSize: 40,
    source: "Mentee's survey",
  });
  const mentorship = await createMentorship(handle.db, mentee, mentor, { scopes });
  return { mentee, mentor, offer, ladder, mentorship, menteeId: mentee.id };
}

/** Every read of the projects, interviews and pay pages, as this user for the mentee; refusals included. */
async function everyResponse(user: User, menteeId: string, applicationId: string, ladderId: string) {
  const api = apiOf(user);
  // A refusal is a response too: its serialized error is searched like the rest.
  const settle = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
  const projects = await api.projects.list({ limit: 20, menteeId });
  const first = projects.items[0];
  return {
    projects,
    project: first && (await api.projects.byId({ id: first.id, menteeId })),
    list: await api.interviews.list({ limit: 20, menteeId }),
    board: await api.interviews.board({ menteeId }),
    byId: await api.interviews.byId({ id: applicationId, menteeId }),
    analytics: await api.interviews.analytics({ menteeId }),
    agenda: await api.interviews.agenda({ menteeId }),
    ladders: await settle(api.salaries.ladders({ menteeId })),
    bands: await settle(api.salaries.bands({ ladderId, menteeId })),
    compensation: await settle(api.salaries.compensation.get({ menteeId })),
    market: await settle(api.salaries.marketPosition({ ladderId, menteeId })),
  };
}

describe("compensation is in no response a mentor gets without the scope", () => {
  it("with interviews, companies and projects granted: no offer amount, pay or band anywhere", async () => {
    const { mentor, offer, ladder, menteeId } = await setUp([
      "projects",
      "interviews",
      "companies",
      "skills",
    ]);
    const responses = await everyResponse(mentor, menteeId, offer.id, ladder.id);
    expect(leaked(responses)).toEqual([]);
    expect(responses.byId).toMatchObject({
      company: "Umbrella",
      offerBaseMinor: null,
      offerBonusMinor: null,
      offerEquityMinor: null,
      offerCurrency: null,
      levelOffered: "Senior",
    });
    for (const refused of [responses.ladders, responses.bands, responses.compensation, responses.market]) {
      expect(refused).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("the mentee's own responses carry them, and so do a mentor's once compensation is granted", async () => {
    const { mentee, mentor, offer, ladder, mentorship, menteeId } = await setUp(["interviews", "projects"]);
    const own = await everyResponse(mentee, menteeId, offer.id, ladder.id);
    expect(leaked(own).sort()).toEqual([...SECRETS].sort());
    await setMentorshipScopes(handle.db, mentorship, ["interviews", "projects", "compensation"]);
    const granted = await everyResponse(mentor, menteeId, offer.id, ladder.id);
    expect(leaked(granted).sort()).toEqual([...SECRETS].sort());
    expect(granted.byId).toMatchObject({
      offerBaseMinor: 18_734_500,
      offerCurrency: "CHF",
      company: "Company A",
    });
    expect(granted.compensation).toMatchObject({
      baseMinor: 16_543_210,
      bonusMinor: 1_212_121,
      currency: "CHF",
    });
    expect(granted.market).toMatchObject({
      compensation: { baseMinor: 16_543_210 },
      offers: [{ id: offer.id, company: "Company A", companyHidden: true, offerBaseMinor: 18_734_500 }],
    });
    expect(granted.ladders).toEqual(expect.arrayContaining([expect.objectContaining({ id: ladder.id })]));
    expect(granted.bands).toMatchObject({ bands: [{ p50Minor: 9_876_543, source: "Mentee's survey" }] });
  });
});

describe("the pay page for a mentor", () => {
  it("needs the compensation scope; an ended mentorship or a stranger is NOT_FOUND", async () => {
    const { mentor, ladder, mentorship, menteeId } = await setUp(["compensation"]);
    const stranger = await createUser(handle.db);
    const refused = async (user: User) => {
      const pay = apiOf(user).salaries;
      await expectCode(pay.ladders({ menteeId }), "NOT_FOUND");
      await expectCode(pay.bands({ ladderId: ladder.id, menteeId }), "NOT_FOUND");
      await expectCode(pay.compensation.get({ menteeId }), "NOT_FOUND");
      await expectCode(pay.marketPosition({ ladderId: ladder.id, menteeId }), "NOT_FOUND");
    };
    await refused(stranger);
    // Without menteeId the mentee's own ladder is not the mentor's.
    await expectCode(apiOf(mentor).salaries.bands({ ladderId: ladder.id }), "NOT_FOUND");
    expect((await apiOf(mentor).salaries.compensation.get({ menteeId }))?.baseMinor).toBe(16_543_210);
    await endMentorship(handle.db, mentorship);
    await refused(mentor);
  });

  it("leaves offers out without the interviews scope, and the level estimate out without gaps", async () => {
    const { mentee, mentor, menteeId } = await setUp(["compensation"]);
    const [builtin] = await handle.db
      .select({ id: ladders.id })
      .from(ladders)
      .where(and(isNull(ladders.userId), eq(ladders.source, "builtin")));
    if (!builtin) throw new Error("no built-in ladder");
    const core = await handle.db
      .select({ skillId: ladderCompetencies.skillId })
      .from(ladderCompetencies)
      .where(and(eq(ladderCompetencies.ladderId, builtin.id), eq(ladderCompetencies.optional, false)));
    for (const { skillId } of core) {
      await apiOf(mentee).skills.assess({ skillId, level: 5, assessedOn: "2026-06-01" });
    }
    const own = await apiOf(mentee).salaries.marketPosition({ ladderId: builtin.id });
    expect(own.levelSource).toBe("estimate");
    expect(own.offers).toHaveLength(1);
    const seen = await apiOf(mentor).salaries.marketPosition({ ladderId: builtin.id, menteeId });
    expect(seen).toMatchObject({ levelSource: "goal", level: null, offers: [] });
    expect(seen.compensation?.baseMinor).toBe(16_543_210);
  });

  it("a bad menteeId is a BAD_REQUEST naming the field", async () => {
    const { mentor } = await setUp(["compensation"]);
    const error = await expectCode(apiOf(mentor).salaries.compensation.get({ menteeId: "7" }), "BAD_REQUEST");
    expect(error.message).toMatch(/menteeId/);
  });
});
