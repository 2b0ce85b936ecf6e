import type { Logger } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createMentorship, createUser } from "@/tests/helpers/factories";
import { auditRows } from "@/tests/helpers/mentoring";

const statements: string[] = [];
const logger: Logger = { logQuery: (query) => statements.push(query) };
const auditInserts = () => statements.filter((query) => /insert into "audit_events"/i.test(query)).length;

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb({ logger });
});
afterAll(async () => {
  await handle.close();
});

/** The router as one HTTP request would run it: audit writes are handed to `defer`, as Next's after() takes them. */
function requestCaller(user: { id: string; sessionId: string }, requestId: string) {
  const deferred: (() => Promise<void>)[] = [];
  const caller = callerFor(handle.db, claimsFor(user), { requestId, defer: (task) => deferred.push(task) });
  return { caller, deferred };
}

it("a request's mentor reads are logged after it answers, all in one insert", async () => {
  const [mentee, mentor] = [await createUser(handle.db), await createUser(handle.db)];
  await createMentorship(handle.db, mentee, mentor, { scopes: ["skills", "projects", "interviews"] });
  const { caller, deferred } = requestCaller(mentor, "request-batch");

  statements.length = 0;
  await Promise.all([
    caller.skills.current({ menteeId: mentee.id }),
    caller.projects.list({ menteeId: mentee.id }),
    caller.interviews.list({ menteeId: mentee.id }),
  ]);
  expect(await auditRows(handle.db, mentee.id)).toHaveLength(0);
  expect(auditInserts()).toBe(0);
  expect(deferred).toHaveLength(1);

  await deferred[0]?.();
  expect(auditInserts()).toBe(1);
  const rows = await auditRows(handle.db, mentee.id);
  expect(rows.map((row) => row.action).sort()).toEqual([
    "read interviews.list",
    "read projects.list",
    "read skills.current",
  ]);
  expect(rows.every((row) => row.actorId === mentor.id && row.requestId === "request-batch")).toBe(true);
});

it("a refused read and the owner's own reads are not logged", async () => {
  const [mentee, mentor] = [await createUser(handle.db), await createUser(handle.db)];
  await createMentorship(handle.db, mentee, mentor, { scopes: ["skills"] });
  const asMentor = requestCaller(mentor, "refused");
  await expect(asMentor.caller.projects.list({ menteeId: mentee.id })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  const asMentee = requestCaller(mentee, "own");
  await asMentee.caller.skills.current({ menteeId: mentee.id });
  await asMentee.caller.skills.current({});
  expect(asMentor.deferred).toHaveLength(0);
  expect(asMentee.deferred).toHaveLength(0);
  expect(await auditRows(handle.db, mentee.id)).toHaveLength(0);
});
