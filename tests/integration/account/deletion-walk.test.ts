import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { accounts, auditEvents, mentorships, users } from "@/db/schema";
import { inviteToInstance } from "@/server/admin/invitations";
import { disableUser, enableUser } from "@/server/admin/users";
import { MENTORSHIP_SCOPES } from "@/lib/mentoring/rules";
import { deleteAccount } from "@/server/account/account";
import { seedDemoHistory } from "@/db/seed/insert-history";
import { importSalaries } from "@/server/salaries/import";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createApiToken,
  enrolMfa,
  createAssessment,
  createCalendarFeed,
  createCompensation,
  createGoal,
  createLadder,
  createMentorship,
  createOAuthAccount,
  createOwnSkill,
  createPasskey,
  createPasskeyChallenge,
  createProject,
  createUser,
  dayFromToday,
  importLadder,
  TEST_PASSWORD,
} from "@/tests/helpers/factories";
import { actorOf, expectCode } from "@/tests/helpers/integration-extra";
import { bodyOf, surveyCsv } from "@/tests/helpers/salaries";
import {
  rowCountsApartFrom,
  schemaTables,
  unownedTables,
  userColumns,
  userRowCounts,
} from "@/tests/helpers/schema-walk";
import { deleteAccountInput } from "@/lib/account/action-inputs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const as = (db: Db, user: User) => callerFor(db, claimsFor(user));

/** Data of one user's own, the kind every account has. */
async function ownData(db: Db, user: User, skillName: string) {
  const skillId = await createOwnSkill(db, user, { name: skillName });
  await createAssessment(db, user, { skillId, level: 3, assessedOn: "2026-01-10" });
  await createProject(db, user, { title: `${skillName} rollout`, role: "Lead", startedOn: "2025-06-01" });
  return skillId;
}

/**
 * Dana, the user to delete, with rows in every table: 18 months of demo history, an imported ladder and a
 * goal on it, pay, a salary survey, a GitHub login, an API token, a calendar feed, a mentor (Max) and a
 * mentee (Mia) with comments, review requests, endorsements, notifications and audit rows both ways.
 * Sam shares nothing with her.
 */
async function danaAndOthers(db: Db) {
  const [dana, max, mia, sam] = await Promise.all([1, 2, 3, 4].map(() => createUser(db)));
  if (!dana || !max || !mia || !sam) throw new Error("users not created");
  await seedDemoHistory(db, dana.id, "2026-03-15");
  const danaSkill = await ownData(db, dana, "Kubernetes operators");
  const miaSkill = await ownData(db, mia, "Incident review");
  await ownData(db, max, "Capacity planning");
  await ownData(db, sam, "Chaos drills");

  const ladder = await importLadder(db, dana);
  await createGoal(db, dana, { ladderId: ladder.id, currentLevelId: ladder.levels[0]?.id });
  await createCompensation(db, dana, { base: "98000", currency: "EUR", region: "DE" });
  const survey = await createLadder(db, dana, { levels: ["junior", "mid", "senior", "staff"] });
  await importSalaries(
    db,
    actorOf(dana),
    importSalariesInput.parse({ fileName: "survey.csv", ladderId: survey.ladder.id }),
    bodyOf(surveyCsv([[2025, "MI", 90_000, "DE"]])),
    {},
  );
  await createOAuthAccount(db, dana);
  await createApiToken(db, dana, { name: "CLI" });
  await createCalendarFeed(db, dana);
  // Passkeys first: with two-step sign-in on, adding one takes a code.
  await createPasskey(db, dana);
  await createPasskeyChallenge(db, dana);
  const { recoveryCodes } = await enrolMfa(db, dana);
  // Dana runs the instance: she invites someone, and disables and re-enables Sam.
  await db.update(users).set({ isAdmin: true }).where(eq(users.id, dana.id));
  const danaAsAdmin = { ...actorOf(dana), isAdmin: true };
  await inviteToInstance(db, danaAsAdmin, { email: "newcomer@example.com" });
  await disableUser(db, danaAsAdmin, { userId: sam.id });
  await enableUser(db, danaAsAdmin, { userId: sam.id });

  const mentorship = { scopes: MENTORSHIP_SCOPES, via: "invitation" } as const;
  const { id: asMentee } = await createMentorship(db, dana, max, mentorship);
  const { id: asMentor } = await createMentorship(db, mia, dana, mentorship);
  const review = { subjectType: "skill" as const, body: "Looks solid; add numbers." };
  await as(db, max).reviews.comment({ ...review, menteeId: dana.id, subjectId: danaSkill });
  await as(db, dana).reviews.comment({ ...review, mentorshipId: asMentee, subjectId: danaSkill });
  await as(db, dana).reviews.comment({ ...review, menteeId: mia.id, subjectId: miaSkill });
  await as(db, mia).reviews.comment({ ...review, mentorshipId: asMentor, subjectId: miaSkill });
  const due = dayFromToday(30);
  await as(db, dana).reviews.requestReview({ mentorshipId: asMentee, subjectType: "profile", dueOn: due });
  await as(db, mia).reviews.requestReview({ mentorshipId: asMentor, subjectType: "profile", dueOn: due });
  await as(db, max).reviews.endorse({
    menteeId: dana.id,
    skillId: danaSkill,
    level: 4,
    assessedOn: "2026-02-01",
  });
  await as(db, dana).reviews.endorse({
    menteeId: mia.id,
    skillId: miaSkill,
    level: 2,
    assessedOn: "2026-02-01",
  });
  // Mentor reads are audited in the mentee's trail.
  await as(db, dana).skills.current({ menteeId: mia.id });
  await as(db, max).skills.current({ menteeId: dana.id });
  return { dana, max, mia, sam, recoveryCode: recoveryCodes[0] };
}

const auditNaming = async (db: Db, actorId: string, menteeIds: string[]) => {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), inArray(auditEvents.menteeId, menteeIds)));
  return Number(row?.n ?? 0);
};

describe("the schema walk", () => {
  it("sees every column that references users, including ones that only set null", () => {
    const names = schemaTables.flatMap((table) => userColumns(table).map((column) => column.name));
    for (const column of [mentorships.mentorId, mentorships.endedBy, auditEvents.actorId, accounts.userId]) {
      expect(names).toContain(column.name);
    }
    // Every table leads to users; a shared reference table added later belongs here, with why.
    // rate_limits: counters keyed by hashed address or email, for accounts that may not exist; gone within hours.
    // sign_up_requests: sign-ups whose emailed link was not opened yet, nobody's account; they expire in a day.
    expect(unownedTables().sort()).toEqual(["rate_limits", "sign_up_requests"]);
  });
});

// New tables are covered without edits: the walk finds them in db/schema, and deleteAccount relies on each
// foreign key's ON DELETE (cascade or set null). A new key to users without one makes the delete fail, and
// a new table the fixture leaves empty fails the "rows in every table" check until the fixture fills it.
describe("deleting an account", () => {
  it("leaves 0 rows of the user in every table and the other parties' own rows untouched", async () => {
    const { db } = handle;
    const { dana, max, mia, sam, recoveryCode } = await danaAndOthers(db);

    const before = await userRowCounts(db, dana.id);

    const empty = Object.entries(before)
      .filter(([, n]) => n === 0)
      .map(([table]) => table);
    expect(empty, "the fixture must give the user rows in every table").toEqual([]);
    const others = {
      max: await rowCountsApartFrom(db, max.id, dana.id),
      mia: await rowCountsApartFrom(db, mia.id, dana.id),
      sam: await userRowCounts(db, sam.id),
    };
    const trailNamingDana = await auditNaming(db, dana.id, [max.id, mia.id]);
    expect(trailNamingDana).toBeGreaterThan(0);

    // Two-step sign-in is on, so deletion takes a code as well: a recovery code here.
    const confirmation = { password: TEST_PASSWORD, code: recoveryCode };
    await deleteAccount(db, actorOf(dana), deleteAccountInput.parse(confirmation), {
      address: "198.51.100.20",
    });

    const after = await userRowCounts(db, dana.id);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(await userRowCounts(db, sam.id)).toEqual(others.sam);
    // Mentees keep their audit rows of Dana's reads and acceptance, no longer naming her.
    const kept = await db
      .select({ menteeId: auditEvents.menteeId })
      .from(auditEvents)
      .where(and(isNull(auditEvents.actorId), inArray(auditEvents.menteeId, [max.id, mia.id])));
    expect(kept.length).toBe(trailNamingDana);
    const keptFor = (id: string) => kept.filter((row) => row.menteeId === id).length;
    for (const [name, user] of [
      ["max", max],
      ["mia", mia],
    ] as const) {
      const expected = { ...others[name], audit_events: (others[name].audit_events ?? 0) + keptFor(user.id) };
      expect(await userRowCounts(db, user.id), name).toEqual(expected);
    }
    await expectCode(as(db, dana).account.profile(), "UNAUTHORIZED");
  });
});
