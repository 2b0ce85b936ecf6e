import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import { createTestDb } from "@/tests/helpers/db";
import {
  addOutcome,
  callerFor,
  claimsFor,
  createMentorship,
  createOwnSkill,
  createProject,
  createUser,
  endMentorship,
  setMentorshipScopes,
} from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { projectCounts, rawProject } from "@/tests/helpers/projects";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

type User = Awaited<ReturnType<typeof createUser>>;
const apiOf = (user: User) => callerFor(handle.db, claimsFor(user));

/** A mentee with one project (own skill, one outcome), and a mentor holding these scopes. */
async function setUp(scopes: MentorshipScope[]) {
  const mentee = await createUser(handle.db);
  const mentor = await createUser(handle.db);
  const skillId = await createOwnSkill(handle.db, mentee, { name: "Kafka streams" });
  const project = await createProject(handle.db, claimsFor(mentee), {
    company: "Initech",
    skillIds: [skillId],
  });
  await addOutcome(handle.db, claimsFor(mentee), project.id);
  const mentorship = await createMentorship(handle.db, mentee, mentor, { scopes });
  return { mentee, mentor, project, mentorship, menteeId: mentee.id };
}

describe("a mentor with the projects scope", () => {
  it("reads the mentee's projects with skills, outcomes and bullets, the company masked", async () => {
    const { mentor, project, menteeId } = await setUp(["projects"]);
    const list = await apiOf(mentor).projects.list({ limit: 20, menteeId });
    expect(list.items).toHaveLength(1);
    const [seen] = list.items;
    expect(seen).toMatchObject({
      id: project.id,
      title: "Orders API rewrite",
      company: null,
      companyHidden: true,
      skills: [{ name: "Kafka streams" }],
      outcomes: [{ metric: "p95 latency of the orders API", result: 240 }],
    });
    expect(seen?.bullets).toHaveLength(1);
    const one = await apiOf(mentor).projects.byId({ id: project.id, menteeId });
    expect(one).toMatchObject({ id: project.id, company: null, companyHidden: true });
    expect(JSON.stringify([list, one])).not.toContain("Initech");
  });

  it("sees the company with the companies scope too", async () => {
    const { mentor, project, menteeId } = await setUp(["projects", "companies"]);
    const one = await apiOf(mentor).projects.byId({ id: project.id, menteeId });
    expect(one).toMatchObject({ company: "Initech", companyHidden: false });
    const list = await apiOf(mentor).projects.list({ limit: 20, menteeId });
    expect(list.items[0]).toMatchObject({ company: "Initech", companyHidden: false });
  });

  it("cannot write: the mentee's project is NOT_FOUND to every mutation and nothing changes", async () => {
    const { mentee, mentor, project } = await setUp(["projects", "companies"]);
    const before = await rawProject(handle.db, project.id);
    const counts = await projectCounts(handle.db, mentee.id);
    const api = apiOf(mentor).projects;
    await expectCode(
      api.update({ ...project, id: project.id, title: "Hijacked", skillIds: [] }),
      "NOT_FOUND",
    );
    await expectCode(api.delete({ id: project.id }), "NOT_FOUND");
    await expectCode(
      api.outcomes.add({ projectId: project.id, metric: "x", result: 1, unit: "ms" }),
      "NOT_FOUND",
    );
    await expectCode(api.checkBullet({ projectId: project.id, text: "Cut latency by 70%" }), "NOT_FOUND");
    expect(await rawProject(handle.db, project.id)).toEqual(before);
    expect(await projectCounts(handle.db, mentee.id)).toEqual(counts);
  });
});

describe("refused reads", () => {
  it("without the projects scope, after the mentorship ends, and as a stranger: NOT_FOUND", async () => {
    const { mentee, mentor, project, mentorship, menteeId } = await setUp(["interviews", "companies"]);
    const stranger = await createUser(handle.db);
    const refused = async (user: User) => {
      await expectCode(apiOf(user).projects.list({ limit: 20, menteeId }), "NOT_FOUND");
      await expectCode(apiOf(user).projects.byId({ id: project.id, menteeId }), "NOT_FOUND");
    };
    await refused(mentor);
    await refused(stranger);
    await setMentorshipScopes(handle.db, mentorship, ["projects"]);
    expect((await apiOf(mentor).projects.list({ limit: 20, menteeId })).items).toHaveLength(1);
    await endMentorship(handle.db, mentorship);
    await refused(mentor);
    // A project id without the menteeId is read as the mentor's own: missing.
    await expectCode(apiOf(mentor).projects.byId({ id: project.id }), "NOT_FOUND");
    expect((await apiOf(mentee).projects.list({ limit: 20 })).items).toHaveLength(1);
  });

  it("a bad menteeId is a BAD_REQUEST naming the field", async () => {
    const { mentor } = await setUp(["projects"]);
    const error = await expectCode(
      apiOf(mentor).projects.list({ limit: 20, menteeId: "nope" }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error)).toEqual(["menteeId"]);
    const byId = await expectCode(
      apiOf(mentor).projects.byId({ id: crypto.randomUUID(), menteeId: "nope" }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(byId)).toEqual(["menteeId"]);
  });
});

describe("the mentee's own reads", () => {
  it("are unchanged: company shown, passing their own id as menteeId reads the same", async () => {
    const { mentee, project } = await setUp(["projects"]);
    const own = await apiOf(mentee).projects.byId({ id: project.id });
    expect(own).toMatchObject({ company: "Initech", companyHidden: false });
    expect(await apiOf(mentee).projects.byId({ id: project.id, menteeId: mentee.id })).toEqual(own);
    const list = await apiOf(mentee).projects.list({ limit: 20 });
    expect(list.items).toEqual([own]);
  });
});
