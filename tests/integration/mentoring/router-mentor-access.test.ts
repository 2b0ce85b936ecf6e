import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { appRouter } from "@/server/trpc/root";
import {
  authzFixture,
  DUE_ON,
  SECRETS,
  type AuthzFixture,
  type FixtureIds,
} from "@/tests/helpers/authz-fixture";
import { createTestDb } from "@/tests/helpers/db";

/**
 * "mentee": the call reads or changes the mentee's data, so every refused caller gets NOT_FOUND.
 * "own": the call acts on the caller's own account; it may succeed, but nothing of the mentee's comes back.
 * `allowed` lists callers for whom a "mentee" call may succeed (still without any secret in the answer).
 */
type Role = "stranger" | "scopelessMentor" | "revokedMentor";
interface Case {
  kind: "mentee" | "own";
  input: (ids: FixtureIds) => unknown;
  allowed?: Role[];
  /** A read the full mentor may make: proves the input is valid and the refusal is about access. */
  mentorCan?: boolean;
}

const m = (ids: FixtureIds) => ({ menteeId: ids.mentee });
const read = (input: Case["input"]): Case => ({ kind: "mentee", input, mentorCan: true });
const write = (input: Case["input"]): Case => ({ kind: "mentee", input });
const own = (input: Case["input"] = () => ({})): Case => ({ kind: "own", input });

const skill = { name: "Another skill", kind: "tool" } as const;
const project = { title: "Mine", role: "Dev", startedOn: "2025-01-01" };
const outcome = { metric: "latency", result: 10, unit: "ms" };
const application = { company: "Mine Inc", role: "Dev", appliedOn: "2026-01-01" };

const CASES: Record<string, Case> = {
  "account.profile": own(),
  "account.updateProfile": own(() => ({ name: "Renamed", timeZone: "UTC" })),
  "account.sessions": own(),
  "account.endSession": write((ids) => ({ id: ids.session })),
  "account.endOtherSessions": own(() => ({ revokeTokens: false })),
  "account.mfa": own(),
  "account.startMfa": own(),
  "account.confirmMfa": own(() => ({ code: "000000" })),
  "account.disableMfa": own(() => ({ code: "000000" })),
  "dashboard.summary": own(),

  "skills.catalogue": read(m),
  "skills.addSkill": own(() => skill),
  "skills.renameSkill": write((ids) => ({ id: ids.skill, name: "Stolen" })),
  "skills.deleteSkill": write((ids) => ({ id: ids.skill })),
  "skills.assess": write((ids) => ({ skillId: ids.skill, level: 5, assessedOn: "2026-06-03" })),
  "skills.deleteAssessment": write((ids) => ({ id: ids.assessment })),
  "skills.restoreAssessment": write((ids) => ({ id: ids.assessment })),
  "skills.evidenceOptions": own(() => ({ kind: "project" })),
  "skills.current": read(m),
  "skills.history": read((ids) => ({ ...m(ids), skillId: ids.skill })),
  "skills.growth": read((ids) => ({ ...m(ids), skillIds: [ids.skill] })),
  "skills.drift": read((ids) => ({ ...m(ids), skillId: ids.skill })),

  "projects.list": read(m),
  "projects.byId": read((ids) => ({ ...m(ids), id: ids.project })),
  "projects.create": own(() => project),
  "projects.update": write((ids) => ({ ...project, id: ids.project })),
  "projects.delete": write((ids) => ({ id: ids.project })),
  "projects.restore": write((ids) => ({ id: ids.project })),
  "projects.checkBullet": write((ids) => ({ projectId: ids.project, text: "Cut latency by 40%" })),
  "projects.outcomes.add": write((ids) => ({ ...outcome, projectId: ids.project })),
  "projects.outcomes.update": write((ids) => ({ ...outcome, id: ids.outcome })),
  "projects.outcomes.delete": write((ids) => ({ id: ids.outcome })),
  "projects.outcomes.restore": write((ids) => ({ id: ids.outcome })),
  "projects.outcomes.reorder": write((ids) => ({ projectId: ids.project, ids: [ids.outcome] })),

  "interviews.list": read(m),
  "interviews.board": read(m),
  "interviews.byId": read((ids) => ({ ...m(ids), id: ids.application })),
  "interviews.analytics": read(m),
  "interviews.agenda": read(m),
  "interviews.create": own(() => application),
  "interviews.update": write((ids) => ({ ...application, id: ids.application })),
  "interviews.move": write((ids) => ({ id: ids.application, status: "rejected" })),
  "interviews.delete": write((ids) => ({ id: ids.application })),
  "interviews.restore": write((ids) => ({ id: ids.application })),
  "interviews.addRound": write((ids) => ({ applicationId: ids.application, stage: "onsite" })),
  "interviews.updateRound": write((ids) => ({ id: ids.round, stage: "onsite" })),
  "interviews.deleteRound": write((ids) => ({ id: ids.round })),
  "interviews.restoreRound": write((ids) => ({ id: ids.round })),

  "ladders.list": own(),
  "ladders.byId": write((ids) => ({ id: ids.ladder })),
  "ladders.export": write((ids) => ({ id: ids.ladder })),
  "ladders.import": own(() => ({ format: "ft-yaml", fileName: "x.yaml", content: "name: x", dryRun: true })),
  "ladders.delete": write((ids) => ({ id: ids.ladder })),
  "ladders.restore": write((ids) => ({ id: ids.ladder })),

  "goals.get": read(m),
  "goals.set": write((ids) => ({ ladderId: ids.ladder, currentLevelId: ids.level })),
  "goals.gapAnalysis": read(m),

  "salaries.ladders": read(m),
  "salaries.bands": read((ids) => ({ ...m(ids), ladderId: ids.ladder })),
  "salaries.marketPosition": read(m),
  "salaries.compensation.get": read(m),
  "salaries.compensation.set": own(() => ({
    base: "1000",
    currency: "USD",
    region: "US",
    effectiveOn: "2026-01-01",
  })),

  "mentoring.invite": own(() => ({ scopes: ["skills"] })),
  "mentoring.invitations": own(),
  "mentoring.revokeInvitation": write((ids) => ({ id: ids.invitation })),
  "mentoring.invitation": own(() => ({ token: "not-a-real-token" })),
  "mentoring.accept": own(() => ({ token: "not-a-real-token" })),
  "mentoring.mentors": own(),
  "mentoring.mentees": own(),
  "mentoring.setScopes": write((ids) => ({ mentorshipId: ids.mentorship, scopes: ["compensation"] })),
  "mentoring.end": write((ids) => ({ mentorshipId: ids.mentorship })),
  "mentoring.leave": write((ids) => ({ mentorshipId: ids.mentorship })),
  "mentoring.viewing": { ...read(m), allowed: ["scopelessMentor"] },
  "mentoring.auditLog": own(),

  "reviews.thread": read((ids) => ({ ...m(ids), subjectType: "skill", subjectId: ids.skill })),
  "reviews.comment": write((ids) => ({ ...m(ids), subjectType: "skill", subjectId: ids.skill, body: "hi" })),
  "reviews.deleteComment": write((ids) => ({ id: ids.comment })),
  "reviews.requestReview": write((ids) => ({
    mentorshipId: ids.mentorship,
    subjectType: "profile",
    dueOn: DUE_ON,
  })),
  "reviews.closeRequest": write((ids) => ({ id: ids.reviewRequest, status: "done" })),
  "reviews.requests": { ...read(m), allowed: ["scopelessMentor", "revokedMentor"] },
  "reviews.endorse": write((ids) => ({ ...m(ids), skillId: ids.skill, level: 1, assessedOn: "2026-06-04" })),
  "reviews.deleteEndorsement": write((ids) => ({ id: ids.endorsement })),

  "calendar.feed": own(),
  "calendar.createFeed": own(),
  "calendar.revokeFeed": own(),
  "packet.get": own(() => ({ from: "2026-01-01", to: "2026-06-30" })),

  "data.export": own(),
  "data.import": own(() => ({ document: "{}", dryRun: true })),

  "apiTokens.list": own(),
  "apiTokens.create": own(() => ({ name: "walk token", scope: "read" })),
  "apiTokens.revoke": write((ids) => ({ id: ids.apiToken })),

  // Admin procedures are NOT_FOUND to all three callers (none is an admin), as to anyone but an admin.
  "admin.overview": write(() => ({})),
  "admin.users": write(() => ({})),
  "admin.disableUser": write((ids) => ({ userId: ids.mentee })),
  "admin.enableUser": write((ids) => ({ userId: ids.mentee })),
  "admin.invitations": write(() => ({})),
  "admin.invite": write(() => ({ email: "someone@example.com" })),
  "admin.revokeInvitation": write(() => ({ id: crypto.randomUUID() })),
  "admin.auditLog": write(() => ({})),

  "passkeys.list": own(),
  "passkeys.startRegistration": own(),
  "passkeys.finishRegistration": own(() => ({ challengeId: crypto.randomUUID(), name: "x", response: {} })),
  "passkeys.rename": write((ids) => ({ id: ids.passkey, name: "Taken over" })),
  "passkeys.remove": write((ids) => ({ id: ids.passkey })),

  "notifications.list": own(),
  "notifications.unreadCount": own(),
  "notifications.markRead": own((ids) => ({ ids: [ids.notification] })),
};

const paths = Object.keys(appRouter._def.procedures).sort();
const ROLES: Role[] = ["stranger", "scopelessMentor", "revokedMentor"];

let handle: DbHandle;
let fixture: AuthzFixture;
let before: string;

beforeAll(async () => {
  handle = await createTestDb();
  fixture = await authzFixture(handle.db);
  before = await menteeFingerprint();
}, 60_000);
afterAll(async () => {
  await handle?.close();
});

type AnyCall = (input: unknown) => Promise<unknown>;
function procedureOf(caller: object, path: string): AnyCall {
  const found = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof found !== "function") throw new Error(`no procedure at ${path}`);
  return found as AnyCall;
}

/** Every table with an owner column, hashed over the mentee's rows: any change to their data shows. */
async function menteeFingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
    is(value, PgTable),
  )) {
    const name = getTableName(table);
    if (name === "audit_events") continue; // the full mentor's reads below are logged there, by design
    const owner = Object.values(getTableColumns(table)).find(
      (c) => c.name === "user_id" || c.name === "mentee_id",
    );
    if (!owner) continue;
    const result = await handle.db.execute(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash
          from ${table} t where ${sql.identifier(owner.name)} = ${fixture.ids.mentee}`,
    );
    parts.push(
      `${name}:${String((result as unknown as { rows: { hash: string }[] }).rows?.[0]?.hash ?? JSON.stringify(result))}`,
    );
  }
  return parts.join("\n");
}

function leaks(value: unknown): string[] {
  const text = JSON.stringify(value ?? null);
  return Object.values(SECRETS).filter((secret) => text.includes(secret));
}

it("every procedure has an entry, and every entry is a procedure", () => {
  expect(paths.filter((path) => !(path in CASES))).toEqual([]);
  expect(Object.keys(CASES).filter((path) => !paths.includes(path))).toEqual([]);
});

describe.each(ROLES)("as %s", (role) => {
  it.each(paths)("%s gives nothing of the mentee's", async (path) => {
    const entry = CASES[path];
    if (!entry) throw new Error(`no entry for ${path}`);
    const call = procedureOf(fixture.as(fixture.callers[role]), path);
    const outcome = await call(entry.input(fixture.ids)).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (outcome.ok) {
      expect(leaks(outcome.value)).toEqual([]);
      if (entry.kind === "mentee") expect(entry.allowed ?? []).toContain(role);
      return;
    }
    expect(outcome.error).toBeInstanceOf(TRPCError);
    const code = (outcome.error as TRPCError).code;
    if (entry.kind === "mentee") expect(code, (outcome.error as Error).message).toBe("NOT_FOUND");
    expect(leaks((outcome.error as Error).message)).toEqual([]);
  });
});

it("the refused calls changed none of the mentee's rows", async () => {
  expect(await menteeFingerprint()).toBe(before);
});

it.each(paths.filter((path) => CASES[path]?.mentorCan))(
  "%s works for the mentor with every scope",
  async (path) => {
    const entry = CASES[path];
    if (!entry) throw new Error(`no entry for ${path}`);
    const call = procedureOf(fixture.as(fixture.fullMentor), path);
    await expect(call(entry.input(fixture.ids))).resolves.toBeDefined();
  },
);
