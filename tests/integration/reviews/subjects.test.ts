import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { applications, projects, rounds } from "@/db/schema";
import { notify } from "@/server/notifications/notify";
import { createTestDb } from "@/tests/helpers/db";
import { reviewWorld, type ReviewWorld } from "@/tests/helpers/reviews";
import { dayFromToday, setMentorshipScopes, softDelete } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const DUE_ON = dayFromToday(10);

async function applicationOf(roundId: string): Promise<string> {
  const [row] = await handle.db
    .select({ applicationId: rounds.applicationId })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!row) throw new Error("no round");
  return row.applicationId;
}

/** The mentee asks Max to review their own skill, the built-in one, the project and the round. */
async function requestAll(world: ReviewWorld) {
  const subjects = [
    { subjectType: "skill", subjectId: world.ownSkillId },
    { subjectType: "skill", subjectId: world.builtinSkillId },
    { subjectType: "project", subjectId: world.projectId },
    { subjectType: "round", subjectId: world.roundId },
    { subjectType: "profile" },
  ] as const;
  for (const subject of subjects)
    await world.mentee.api.reviews.requestReview({
      mentorshipId: world.mentorshipId,
      ...subject,
      dueOn: DUE_ON,
    });
}

/** subjectId → the fields under test, from a list of notifications or dashboard requests. */
function facts(
  items: { subjectId: string | null; subjectName: string | null; applicationId: string | null }[],
) {
  return Object.fromEntries(
    items.map((item) => [
      item.subjectId ?? "profile",
      { subjectName: item.subjectName, applicationId: item.applicationId },
    ]),
  );
}

async function mentorViews(world: ReviewWorld) {
  const notifications = await world.mentor.api.notifications.list({ limit: 50 });
  const [mentee] = await world.mentor.api.mentoring.mentees();
  return {
    notified: facts(notifications.items.filter((item) => item.kind === "review_request")),
    dashboard: facts(mentee?.openRequests.items ?? []),
  };
}

describe("names of reviewed items in notifications and on the mentor dashboard", () => {
  it("names each item for a mentor with its scope, a round by stage and masked company, with its application", async () => {
    const world = await reviewWorld(handle.db);
    await requestAll(world);
    const applicationId = await applicationOf(world.roundId);
    const expected = {
      [world.ownSkillId]: { subjectName: "Terraform", applicationId: null },
      [world.builtinSkillId]: { subjectName: "Testing", applicationId: null },
      [world.projectId]: { subjectName: "Checkout rewrite", applicationId: null },
      // Without `companies` the round names its placeholder, as the interviews pages do.
      [world.roundId]: { subjectName: "Technical interview at Company A", applicationId },
      profile: { subjectName: null, applicationId: null },
    };
    const { notified, dashboard } = await mentorViews(world);
    const requests = (await world.mentor.api.notifications.list({ limit: 50 })).items.filter(
      (item) => item.kind === "review_request",
    );
    expect(requests).toHaveLength(5);
    expect(requests.map((item) => item.dueOn)).toEqual(requests.map(() => DUE_ON));
    expect(notified).toEqual(expected);
    expect(dashboard).toEqual(expected);

    await setMentorshipScopes(handle.db, { id: world.mentorshipId }, [
      "skills",
      "projects",
      "interviews",
      "companies",
    ]);
    expect((await mentorViews(world)).dashboard[world.roundId]).toEqual({
      subjectName: "Technical interview at Acme",
      applicationId,
    });
  });

  it("gives a mentor no name and no application once the scope is removed or the item deleted", async () => {
    const world = await reviewWorld(handle.db);
    await requestAll(world);
    const none = { subjectName: null, applicationId: null };
    const allNull = {
      [world.ownSkillId]: none,
      [world.builtinSkillId]: none,
      [world.projectId]: none,
      [world.roundId]: none,
      profile: none,
    };

    // Only `gaps` left: the requests still show (with no names), the names do not.
    await setMentorshipScopes(handle.db, { id: world.mentorshipId }, ["gaps"]);
    const { notified, dashboard } = await mentorViews(world);
    expect(notified).toEqual(allNull);
    expect(dashboard).toEqual(allNull);

    // Skills back, projects and interviews still off: only the skills are named.
    await setMentorshipScopes(handle.db, { id: world.mentorshipId }, ["skills"]);
    expect((await mentorViews(world)).notified).toMatchObject({
      [world.ownSkillId]: { subjectName: "Terraform" },
      [world.projectId]: none,
      [world.roundId]: none,
    });

    // A deleted project, or a round of a deleted application, has no name and no page to open.
    await setMentorshipScopes(handle.db, { id: world.mentorshipId }, ["skills", "projects", "interviews"]);
    await softDelete(handle.db, projects, world.projectId);
    const applicationId = await applicationOf(world.roundId);
    await softDelete(handle.db, applications, applicationId);
    expect((await mentorViews(world)).notified).toMatchObject({
      [world.projectId]: none,
      [world.roundId]: none,
    });
  });

  it("names the mentee's own items in the notifications of the mentor's comments, with the real company", async () => {
    const world = await reviewWorld(handle.db);
    const applicationId = await applicationOf(world.roundId);
    await world.mentor.api.reviews.comment({
      menteeId: world.mentee.user.id,
      subjectType: "round",
      subjectId: world.roundId,
      body: "Good recovery on the second question.",
    });
    await world.mentor.api.reviews.comment({
      menteeId: world.mentee.user.id,
      subjectType: "project",
      subjectId: world.projectId,
      body: "Add the numbers.",
    });
    const page = await world.mentee.api.notifications.list({ limit: 20 });
    expect(facts(page.items)).toEqual({
      [world.roundId]: { subjectName: "Technical interview at Acme", applicationId },
      [world.projectId]: { subjectName: "Checkout rewrite", applicationId: null },
    });
    // Removing the mentor's scopes hides nothing from the owner.
    await setMentorshipScopes(handle.db, { id: world.mentorshipId }, []);
    expect(facts((await world.mentee.api.notifications.list({ limit: 20 })).items)).toEqual(
      facts(page.items),
    );
  });

  it("names nothing for an ended mentor or a stranger, even with a notification pointing at the mentee's items", async () => {
    const world = await reviewWorld(handle.db);
    await requestAll(world);
    // Rows as a bug elsewhere might leave them: the reader has no grant, so the names stay out.
    const forged = [world.ended.user.id, world.stranger.user.id].flatMap((userId) =>
      [
        { subjectType: "skill" as const, subjectId: world.ownSkillId },
        { subjectType: "round" as const, subjectId: world.roundId },
      ].map((subject) => ({
        userId,
        kind: "review_request" as const,
        actorId: world.mentee.user.id,
        mentorshipId: userId === world.ended.user.id ? world.endedMentorshipId : world.mentorshipId,
        ...subject,
      })),
    );
    await notify(handle.db, forged);
    for (const reader of [world.ended, world.stranger]) {
      const page = await reader.api.notifications.list({ limit: 20 });
      expect(page.items).toHaveLength(2);
      expect(page.items.map((item) => [item.subjectName, item.applicationId, item.dueOn])).toEqual([
        [null, null, null],
        [null, null, null],
      ]);
      expect(await reader.api.mentoring.mentees()).toEqual([]);
    }
    // The second mentor was asked nothing and sees none of Max's requests.
    const [asSecond] = await world.second.api.mentoring.mentees();
    expect(asSecond?.openRequests).toEqual({ count: 0, items: [] });
    expect((await world.second.api.notifications.list({ limit: 20 })).items).toEqual([]);
  });
});
