/**
 * The one place tests make data: one factory per thing, each a single call with an options object for the
 * variations. Factories write through the real database (`handle.db`) or call the real router; nothing is mocked.
 * Readers and assertion helpers stay in the per-domain helper files and build on these.
 */
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import {
  accounts,
  applications,
  assessmentEvidence,
  assessments,
  compensation,
  invitations,
  ladderCompetencies,
  ladderExpectations,
  ladderLevels,
  ladders,
  mentorships,
  type projectOutcomes,
  projects,
  reviewRequests,
  rounds,
  salaryBands,
  skills,
  users,
} from "@/db/schema";
import { BUILTIN_SKILLS } from "@/lib/skills/catalogue";
import { SITUATIONAL_SKILLS } from "@/lib/ladders/builtin";
import { DEFAULT_SCOPES, type MentorshipScope } from "@/lib/mentoring/rules";
import type { ApplicationFormInput, RoundFormInput } from "@/lib/interviews/inputs";
import type { SessionClaims } from "@/server/auth/actor";
import { signUp, type SessionUser } from "@/server/account/account";
import { startSession } from "@/server/account/sessions";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { createContextInner, type ContextInput } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { ftYaml } from "./ladders";
import { SoftwareAuthenticator } from "./software-authenticator";
import { signUpInput } from "@/lib/account/action-inputs";

/** Built-in skills every user sees: the seed's nine and its six situational ones. */
export const BUILTIN_SKILL_COUNT = BUILTIN_SKILLS.length + SITUATIONAL_SKILLS.length;

export const TEST_PASSWORD = "a perfectly fine passphrase";

let sequence = 0;
const next = () => (sequence += 1);

const first = <T>(rows: T[], what: string): T => {
  const [row] = rows;
  if (!row) throw new Error(`${what} insert returned nothing`);
  return row;
};

/** The day `days` days from today (UTC), as YYYY-MM-DD. */
export const dayFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ── Who: users, their sessions and callers ──────────────────────────────────────────────────────────────

export type TestUser = SessionUser & { password: string; sessionId: string };
/** Whose row a factory writes straight into a table: a user (anything with its id) or their session claims. */
export type Owner = { id: string } | SessionClaims;
/** Whose row a factory makes through the router: a user with their session, or their claims. */
export type SignedIn = { id: string; sessionId: string } | SessionClaims;
/** Someone who takes part in a mentorship. */
export type Party = { id: string; sessionId: string };

const userIdOf = (owner: Owner): string => ("userId" in owner ? owner.userId : owner.id);
const claimsOf = (owner: SignedIn): SessionClaims => ("userId" in owner ? owner : claimsFor(owner));
const apiOf = (db: Db, owner: SignedIn) => callerFor(db, claimsOf(owner));

interface UserOverrides {
  email?: string;
  name?: string;
}

/**
 * A signed-up user with a unique email and TEST_PASSWORD. `password: null` makes one who signed up with
 * GitHub instead: no password, a linked provider account.
 */
export async function createUser(
  db: Db,
  overrides: UserOverrides & { password: null },
): Promise<SessionUser & { password: null; sessionId: string }>;
// Last, so that ReturnType<typeof createUser> is the usual user.
export async function createUser(
  db: Db,
  overrides?: UserOverrides & { password?: string },
): Promise<TestUser>;
export async function createUser(
  db: Db,
  overrides: UserOverrides & { password?: string | null } = {},
): Promise<SessionUser & { password: string | null; sessionId: string }> {
  const n = next();
  const email = overrides.email ?? `user${n}-${Date.now()}@example.com`;
  const name = overrides.name ?? `User ${n}`;
  if (overrides.password === null) {
    const user = first(
      await db.insert(users).values({ email, name }).returning({
        id: users.id,
        email: users.email,
        name: users.name,
      }),
      "user",
    );
    await createOAuthAccount(db, user);
    const sessionId = await startSession(db, { userId: user.id, method: "github" });
    return { ...user, password: null, sessionId };
  }
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await signUp(db, signUpInput.parse({ email, name, password }));
  const sessionId = await startSession(db, { userId: user.id, method: "password" });
  return { ...user, password, sessionId };
}

/** A provider login linked to the user, as an OAuth sign-in leaves it. */
export async function createOAuthAccount(
  db: Db,
  owner: Owner,
  options: { provider?: string; providerAccountId?: string } = {},
) {
  const provider = options.provider ?? "github";
  const userId = userIdOf(owner);
  await db.insert(accounts).values({
    userId,
    type: "oauth",
    provider,
    providerAccountId: options.providerAccountId ?? `${provider}-${userId}`,
  });
}

export function claimsFor(user: { id: string; sessionId: string }): SessionClaims {
  return { userId: user.id, sessionId: user.sessionId };
}

/** The router as this session would call it, without HTTP; `context` adds a request id, a bearer token, …. */
export function callerFor(
  db: Db,
  session: SessionClaims | null,
  context: Omit<ContextInput, "db" | "session"> = {},
) {
  return createCaller(createContextInner({ db, session, ...context }));
}
export type Caller = ReturnType<typeof callerFor>;

/** A new user and the router as they would call it. */
export async function newCaller(
  db: Db,
  overrides: UserOverrides & { context?: Omit<ContextInput, "db" | "session"> } = {},
) {
  const { context, ...user } = overrides;
  const created = await createUser(db, user);
  return { user: created, api: callerFor(db, claimsFor(created), context) };
}

/** An API token through the router; `token` is the secret, shown once. */
export function createApiToken(
  db: Db,
  owner: SignedIn,
  options: { name?: string; scope?: "read" | "write" } = {},
) {
  return apiOf(db, owner).apiTokens.create({
    name: options.name ?? "Test token",
    scope: options.scope ?? "read",
  });
}

/** The user's calendar feed through the router; `url` holds its secret. */
export function createCalendarFeed(db: Db, owner: SignedIn) {
  return apiOf(db, owner).calendar.createFeed();
}

// ── Skills and assessments ──────────────────────────────────────────────────────────────────────────────

/** The id of a built-in skill by its seed slug ("testing", "apis", …). */
export async function builtinSkillId(db: Db, slug: string): Promise<string> {
  const [skill] = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(eq(skills.slug, slug), isNull(skills.userId)));
  if (!skill)
    throw new Error(`no built-in skill ${slug}; known: ${BUILTIN_SKILLS.map((s) => s.slug).join(", ")}`);
  return skill.id;
}

/** A skill of the user's own, as the catalogue or an importer stores it; returns its id. */
export async function createOwnSkill(
  db: Db,
  owner: Owner,
  options: { name?: string; kind?: "technical" | "soft" | "tool" } = {},
): Promise<string> {
  const values = {
    userId: userIdOf(owner),
    name: options.name ?? `Own skill ${next()}`,
    kind: options.kind ?? "tool",
  };
  return first(await db.insert(skills).values(values).returning({ id: skills.id }), "skill").id;
}

export interface AssessmentOptions {
  skillId: string;
  level: number;
  /** Today unless given. */
  assessedOn?: string;
  note?: string | null;
  /** Link evidence. */
  urls?: string[];
  /** Project evidence. */
  projectIds?: string[];
  /** A mentor's rating (source "mentor", the mentor as assessor) instead of a self assessment. */
  mentor?: { id: string };
  createdAt?: Date;
  deletedAt?: Date | null;
}

/**
 * An assessment of the owner's, straight into the table, with its evidence; returns its id. Made in one
 * transaction, several share now() to the microsecond, as a bulk import's rows do.
 */
export async function createAssessment(
  db: DbOrTx,
  owner: Owner,
  options: AssessmentOptions,
): Promise<string> {
  const userId = userIdOf(owner);
  const row = first(
    await db
      .insert(assessments)
      .values({
        userId,
        skillId: options.skillId,
        level: options.level,
        assessedOn: options.assessedOn ?? dayFromToday(0),
        note: options.note ?? null,
        source: options.mentor ? "mentor" : "self",
        assessorId: options.mentor?.id ?? null,
        createdAt: options.createdAt,
        deletedAt: options.deletedAt ?? null,
      })
      .returning({ id: assessments.id }),
    "assessment",
  );
  const evidence = [
    ...(options.urls ?? []).map((url) => ({ kind: "url" as const, url })),
    ...(options.projectIds ?? []).map((projectId) => ({ kind: "project" as const, projectId })),
  ];
  if (evidence.length > 0)
    await db
      .insert(assessmentEvidence)
      .values(evidence.map((item) => ({ ...item, assessmentId: row.id, userId })));
  return row.id;
}

// ── Projects and outcomes ───────────────────────────────────────────────────────────────────────────────

type ProjectInput = Parameters<Caller["projects"]["create"]>[0];
type OutcomeInput = Parameters<Caller["projects"]["outcomes"]["add"]>[0];

/** Timestamps the router sets itself, to put a row in the past (or delete it) after it is made. */
interface Stamps {
  createdAt?: Date;
  updatedAt?: Date;
  deletedAt?: Date | null;
}
const stampsOf = <T extends Stamps>({ createdAt, updatedAt, deletedAt, ...rest }: T) => ({
  stamps: Object.fromEntries(
    Object.entries({ createdAt, updatedAt, deletedAt }).filter(([, value]) => value !== undefined),
  ) as Stamps,
  rest,
});

const PROJECT: ProjectInput = {
  title: "Orders API rewrite",
  role: "Tech lead",
  company: "Acme",
  startedOn: "2024-01-15",
  endedOn: "2024-09-30",
  description: "Rewrote the orders API.",
  technologies: ["Go", "PostgreSQL"],
};

/** A project through the router, as the form would send it; stamps are set on the row afterwards. */
export async function createProject(db: Db, owner: SignedIn, overrides: Partial<ProjectInput> & Stamps = {}) {
  const { stamps, rest } = stampsOf(overrides);
  // Another start date drops the default end date, which could fall before it.
  const dates = rest.startedOn === undefined ? {} : { endedOn: "" };
  const created = await apiOf(db, owner).projects.create({ ...PROJECT, ...dates, ...rest });
  if (Object.keys(stamps).length === 0) return created;
  await db.update(projects).set(stamps).where(eq(projects.id, created.id));
  return { ...created, ...stamps };
}

export const ORDERS_OUTCOME = {
  metric: "p95 latency of the orders API",
  baseline: 800,
  result: 240,
  unit: "ms",
} as const;

/** An outcome of the project through the router: 800 → 240 ms unless told otherwise. */
export function addOutcome(
  db: Db,
  owner: SignedIn,
  projectId: string,
  overrides: Partial<Omit<OutcomeInput, "projectId">> = {},
) {
  return apiOf(db, owner).projects.outcomes.add({ projectId, ...ORDERS_OUTCOME, ...overrides });
}

// ── Interviews: applications (offers included) and rounds ──────────────────────────────────────────────

export const APPLICATION = { company: "Acme", role: "Backend Engineer", appliedOn: "2026-01-05" } as const;
/** Spread into createApplication's options for an offer: 120,000 USD. */
export const OFFER = { status: "offer", offerBase: "120000", offerCurrency: "USD" } as const;

/** An application through the router, with sensible defaults; stamps are set on the row afterwards. */
export async function createApplication(
  db: Db,
  owner: SignedIn,
  overrides: Partial<ApplicationFormInput> & Stamps = {},
) {
  const { stamps, rest } = stampsOf(overrides);
  const created = await apiOf(db, owner).interviews.create({ ...APPLICATION, ...rest });
  if (Object.keys(stamps).length === 0) return created;
  await db.update(applications).set(stamps).where(eq(applications.id, created.id));
  return { ...created, ...stamps };
}

export interface RoundOptions extends Partial<Omit<RoundFormInput, "applicationId">> {
  /** The application it belongs to; a new one (made with `application`) when left out. */
  applicationId?: string;
  /** The new application's fields; its `deletedAt` is set once the round is in. */
  application?: Partial<ApplicationFormInput> & { deletedAt?: Date | null };
  deletedAt?: Date | null;
}

/** A round through the router, pending at the phone screen unless told otherwise. */
export async function createRound(db: Db, owner: SignedIn, options: RoundOptions = {}) {
  const { applicationId, application = {}, deletedAt, ...fields } = options;
  const { deletedAt: applicationDeletedAt, ...applicationFields } = application;
  const parent = applicationId ?? (await createApplication(db, owner, applicationFields)).id;
  const round = await apiOf(db, owner).interviews.addRound({
    stage: "phone-screen",
    ...fields,
    applicationId: parent,
  });
  if (deletedAt !== undefined) await db.update(rounds).set({ deletedAt }).where(eq(rounds.id, round.id));
  if (applicationDeletedAt !== undefined)
    await db.update(applications).set({ deletedAt: applicationDeletedAt }).where(eq(applications.id, parent));
  return round;
}

// ── Ladders and goals ──────────────────────────────────────────────────────────────────────────────────

export interface LadderSpec {
  name?: string;
  slug?: string | null;
  /** "builtin" for a ladder without owner, "trajectory-json" otherwise, unless given. */
  source?: "builtin" | "trajectory-json";
  /** Level names, lowest first; each level's key is its name in lower case with dashes. */
  levels?: readonly string[];
  /** expected[i] is the proficiency level i expects, or null for no expectation. */
  competencies?: { name: string; skillId: string; optional?: boolean; expected: (number | null)[] }[];
  deletedAt?: Date | null;
}

const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/**
 * A ladder with levels, competencies and expectations, straight into the tables (no importer needed);
 * `owner` null makes a built-in one.
 */
export async function createLadder(db: Db, owner: Owner | null, spec: LadderSpec = {}) {
  const levelNames = spec.levels ?? ["junior", "mid", "senior", "staff"];
  return db.transaction(async (tx) => {
    const ladder = first(
      await tx
        .insert(ladders)
        .values({
          userId: owner ? userIdOf(owner) : null,
          name: spec.name ?? "Test ladder",
          slug: spec.slug ?? null,
          source: spec.source ?? (owner ? "trajectory-json" : "builtin"),
          deletedAt: spec.deletedAt ?? null,
        })
        .returning(),
      "ladder",
    );
    const levels = await tx
      .insert(ladderLevels)
      .values(levelNames.map((name, position) => ({ ladderId: ladder.id, key: keyOf(name), name, position })))
      .returning();
    levels.sort((a, b) => a.position - b.position);
    const specs = spec.competencies ?? [];
    const competencies =
      specs.length === 0
        ? []
        : await tx
            .insert(ladderCompetencies)
            .values(
              specs.map((competency, position) => ({
                ladderId: ladder.id,
                key: `competency-${position}`,
                name: competency.name,
                skillId: competency.skillId,
                optional: competency.optional ?? false,
                position,
              })),
            )
            .returning({
              id: ladderCompetencies.id,
              name: ladderCompetencies.name,
              skillId: ladderCompetencies.skillId,
            });
    const expectations = specs.flatMap((competency, c) =>
      competency.expected.flatMap((expectedLevel, l) => {
        const level = levels[l];
        const row = competencies[c];
        return expectedLevel === null || !level || !row
          ? []
          : [
              {
                ladderId: ladder.id,
                levelId: level.id,
                competencyId: row.id,
                expectedLevel,
                text: `${competency.name} at ${level.name}`,
              },
            ];
      }),
    );
    if (expectations.length > 0) await tx.insert(ladderExpectations).values(expectations);
    return { id: ladder.id, ladder, levels, competencies };
  });
}
export type CreatedLadder = Awaited<ReturnType<typeof createLadder>>;

/** A ladder through the importer, as a user uploads it (a small FT job family unless told otherwise). */
export async function importLadder(
  db: Db,
  owner: SignedIn,
  options: {
    format?: "ft-yaml" | "monzo-markdown" | "trajectory-json";
    fileName?: string;
    content?: string;
  } = {},
) {
  const api = apiOf(db, owner);
  const imported = await api.ladders.import({
    format: options.format ?? "ft-yaml",
    fileName: options.fileName ?? "family.yaml",
    content: options.content ?? ftYaml(),
    dryRun: false,
  });
  if (!imported.ok || !imported.ladderId) throw new Error("ladder import failed");
  return api.ladders.byId({ id: imported.ladderId });
}

/** The user's career goal through the router. */
export function createGoal(db: Db, owner: SignedIn, goal: Parameters<Caller["goals"]["set"]>[0]) {
  return apiOf(db, owner).goals.set(goal);
}

// ── Pay ─────────────────────────────────────────────────────────────────────────────────────────────────

type CompensationInput = Parameters<Caller["salaries"]["compensation"]["set"]>[0];

/** Pay through the router (120,000 USD in the US from 2026-01-01 unless told otherwise); stamps afterwards. */
export async function createCompensation(
  db: Db,
  owner: SignedIn,
  overrides: Partial<CompensationInput> & Omit<Stamps, "deletedAt"> = {},
) {
  const { stamps, rest } = stampsOf(overrides);
  const latest = await apiOf(db, owner).salaries.compensation.set({
    base: "120000",
    currency: "USD",
    region: "US",
    effectiveOn: "2026-01-01",
    ...rest,
  });
  if (Object.keys(stamps).length > 0) {
    const [made] = await db
      .select({ id: compensation.id })
      .from(compensation)
      .where(eq(compensation.userId, userIdOf(owner)))
      .orderBy(desc(compensation.createdAt))
      .limit(1);
    await db
      .update(compensation)
      .set(stamps)
      .where(eq(compensation.id, made?.id ?? ""));
  }
  return latest;
}

type BandRow = typeof salaryBands.$inferInsert;

/** A salary band of the owner's (null: a built-in one) for one level, as an import stores it. */
export async function createSalaryBand(
  db: Db,
  owner: Owner | null,
  band: Pick<BandRow, "ladderId" | "levelId"> & Partial<Omit<BandRow, "userId" | "ladderId" | "levelId">>,
) {
  const values = {
    region: "US",
    currency: "USD",
    year: 2026,
    source: "Test survey",
    ...band,
    userId: owner ? userIdOf(owner) : null,
  };
  return first(await db.insert(salaryBands).values(values).returning(), "salary band");
}

// ── Mentoring ───────────────────────────────────────────────────────────────────────────────────────────

export interface MentorshipOptions {
  scopes?: readonly MentorshipScope[];
  /** Ended by the mentee as soon as it is made. */
  ended?: boolean;
  /** "invitation": made the way the app makes it, an invitation the mentor accepts through the router. */
  via?: "insert" | "invitation";
}

/** A mentorship, active with the default scopes unless told otherwise; returns its row. */
export async function createMentorship(
  db: Db,
  mentee: Party,
  mentor: Party,
  options: MentorshipOptions = {},
) {
  const scopes = [...(options.scopes ?? DEFAULT_SCOPES)];
  let id: string;
  if (options.via === "invitation") {
    const { token } = await apiOf(db, mentee).mentoring.invite({ scopes });
    id = (await apiOf(db, mentor).mentoring.accept({ token })).mentorshipId;
  } else {
    id = first(
      await db
        .insert(mentorships)
        .values({ menteeId: mentee.id, mentorId: mentor.id, scopes })
        .returning({ id: mentorships.id }),
      "mentorship",
    ).id;
  }
  if (options.ended) await endMentorship(db, { id });
  return first(await db.select().from(mentorships).where(eq(mentorships.id, id)), "mentorship");
}

/** Ends it as the mentee (or whoever `by` is) would. */
export async function endMentorship(
  db: Db,
  mentorship: { id: string },
  options: { by?: { id: string } } = {},
) {
  await db
    .update(mentorships)
    .set({ endedAt: sql`now()`, endedBy: options.by ? options.by.id : sql`${mentorships.menteeId}` })
    .where(eq(mentorships.id, mentorship.id));
}

export async function setMentorshipScopes(
  db: Db,
  mentorship: { id: string },
  scopes: readonly MentorshipScope[],
) {
  await db
    .update(mentorships)
    .set({ scopes: [...scopes] })
    .where(eq(mentorships.id, mentorship.id));
}

/** A pending invitation of the mentee's, straight into the table; `token` is the secret its link carries. */
export async function createInvitation(
  db: Db,
  mentee: Owner,
  options: { email?: string | null; scopes?: readonly MentorshipScope[]; expiresAt?: Date } = {},
) {
  const token = newSecretToken();
  const row = first(
    await db
      .insert(invitations)
      .values({
        menteeId: userIdOf(mentee),
        email: options.email ?? null,
        tokenHash: hashSecretToken(token),
        scopes: [...(options.scopes ?? DEFAULT_SCOPES)],
        expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * 86_400_000),
      })
      .returning(),
    "invitation",
  );
  return { ...row, token };
}

/** A review request in the mentorship, straight into the table (any due date, any status). */
export async function createReviewRequest(
  db: Db,
  mentorship: { id: string; menteeId: string },
  request: Partial<Omit<typeof reviewRequests.$inferInsert, "mentorshipId" | "menteeId">> = {},
) {
  const values = {
    subjectType: "profile" as const,
    dueOn: dayFromToday(14),
    ...request,
    mentorshipId: mentorship.id,
    menteeId: mentorship.menteeId,
  };
  return first(await db.insert(reviewRequests).values(values).returning(), "review request");
}

// ── Soft deletes ────────────────────────────────────────────────────────────────────────────────────────

type SoftDeletable =
  | typeof applications
  | typeof rounds
  | typeof projects
  | typeof projectOutcomes
  | typeof assessments
  | typeof ladders;

/** Marks the row deleted `ago` milliseconds ago (now by default): past the undo window, or just deleted. */
export async function softDelete(db: Db, table: SoftDeletable, id: string, options: { ago?: number } = {}) {
  await db
    .update(table)
    .set({ deletedAt: new Date(Date.now() - (options.ago ?? 0)) })
    .where(eq(table.id, id));
}

// ── Passkeys ────────────────────────────────────────────────────────────────────────────────────────────

/** The origin the tests' browser is on; passkeys are bound to its host, localhost. */
export const PASSKEY_ORIGIN = "http://localhost:3000";

/** The router as this session would call it from a page at PASSKEY_ORIGIN. */
export const passkeyCaller = (db: Db, owner: SignedIn) =>
  callerFor(db, claimsOf(owner), { origin: PASSKEY_ORIGIN });

/** A passkey registered through the router, on a software authenticator (a new one unless given). */
export async function createPasskey(
  db: Db,
  owner: SignedIn,
  options: { name?: string; authenticator?: SoftwareAuthenticator } = {},
) {
  const authenticator = options.authenticator ?? new SoftwareAuthenticator(PASSKEY_ORIGIN);
  const api = passkeyCaller(db, owner);
  const { challengeId, options: creation } = await api.passkeys.startRegistration({});
  const response = authenticator.register(creation);
  const passkey = await api.passkeys.finishRegistration({
    challengeId,
    name: options.name ?? `Passkey ${next()}`,
    response,
  });
  return { ...passkey, authenticator };
}

/** A registration started and never finished: its challenge waits in passkey_challenges. */
export async function createPasskeyChallenge(db: Db, owner: SignedIn) {
  return passkeyCaller(db, owner).passkeys.startRegistration({});
}

// ── Two-step sign-in ────────────────────────────────────────────────────────────────────────────────────

/** The code an authenticator app shows for this key now, or `agoMs` earlier. */
export const totpCode = (key: string, agoMs = 0): string =>
  generateHOTP(decodeBase32IgnorePadding(key), BigInt(Math.floor((Date.now() - agoMs) / 30_000)), 6);

/** Turns two-step sign-in on through the router, with last step's code so this step's stays unused. */
export async function enrolMfa(db: Db, owner: SignedIn) {
  const api = apiOf(db, owner);
  const setup = await api.account.startMfa();
  const { recoveryCodes } = await api.account.confirmMfa({ code: totpCode(setup.key, 30_000) });
  return { ...setup, recoveryCodes };
}
