import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  applications,
  assessmentEvidence,
  assessments,
  compensation,
  projectOutcomes,
  projects,
  projectSkills,
  roundCompetencies,
  rounds,
  skills,
  users,
} from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { NotFound } from "@/lib/errors";
import {
  type AccountExport,
  byCreation,
  compare,
  EXPORT_FORMAT,
  EXPORT_VERSION,
} from "@/lib/data/account-file";
import { exportComments, exportGoal, exportLadders, group, iso } from "./export-parts";

const sortedRefs = (refs: string[]) => [...refs].sort(compare);

export async function exportAccount(db: DbOrTx, actor: Actor, now = new Date()): Promise<AccountExport> {
  const me = actor.userId;
  const [profile] = await db
    .select({ name: users.name, email: users.email, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, me));
  if (!profile) throw new NotFound("user");

  // Built-in skills are named by slug; own skills by id.
  const skillRows = await db
    .select()
    .from(skills)
    .where(or(eq(skills.userId, me), isNull(skills.userId)));
  const skillRef = new Map(skillRows.map((s) => [s.id, s.userId === null ? (s.slug ?? s.id) : s.id]));
  const ref = (id: string) => skillRef.get(id) ?? id;
  const ownSkills = skillRows.filter((s) => s.userId === me);

  const projectRows = await db
    .select()
    .from(projects)
    .where(and(eq(projects.userId, me), isNull(projects.deletedAt)));
  const projectIds = new Set(projectRows.map((p) => p.id));
  const links = group(
    await db.select().from(projectSkills).where(eq(projectSkills.userId, me)),
    (l) => l.projectId,
  );
  const outcomes = group(
    await db
      .select()
      .from(projectOutcomes)
      .where(and(eq(projectOutcomes.userId, me), isNull(projectOutcomes.deletedAt))),
    (o) => o.projectId,
  );

  const applicationRows = await db
    .select()
    .from(applications)
    .where(and(eq(applications.userId, me), isNull(applications.deletedAt)));
  const roundRows = (
    await db
      .select()
      .from(rounds)
      .where(and(eq(rounds.userId, me), isNull(rounds.deletedAt)))
  ).filter((r) => applicationRows.some((a) => a.id === r.applicationId));
  const roundIds = new Set(roundRows.map((r) => r.id));
  const roundsOf = group(roundRows, (r) => r.applicationId);
  const tested = group(
    await db.select().from(roundCompetencies).where(eq(roundCompetencies.userId, me)),
    (c) => c.roundId,
  );

  // Mentor endorsements (source "mentor") are the mentor's judgement, not the user's: left out.
  const assessmentRows = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.userId, me), eq(assessments.source, "self"), isNull(assessments.deletedAt)));
  const evidence = group(
    await db.select().from(assessmentEvidence).where(eq(assessmentEvidence.userId, me)),
    (e) => e.assessmentId,
  );

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    profile,
    skills: byCreation(
      ownSkills.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        description: s.description,
        createdAt: iso(s.createdAt),
      })),
    ),
    assessments: byCreation(
      assessmentRows.map((a) => ({
        id: a.id,
        skillId: ref(a.skillId),
        level: a.level,
        note: a.note,
        assessedOn: a.assessedOn,
        createdAt: iso(a.createdAt),
        // Evidence pointing at a deleted project or round would not resolve on import.
        evidence: (evidence.get(a.id) ?? [])
          .filter(
            (e) =>
              (e.projectId === null || projectIds.has(e.projectId)) &&
              (e.roundId === null || roundIds.has(e.roundId)),
          )
          .map((e) => ({ id: e.id, kind: e.kind, projectId: e.projectId, roundId: e.roundId, url: e.url }))
          .sort((x, y) => compare(x.id, y.id)),
      })),
    ),
    projects: byCreation(
      projectRows.map((p) => ({
        id: p.id,
        title: p.title,
        role: p.role,
        company: p.company,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
        description: p.description,
        technologies: p.technologies,
        createdAt: iso(p.createdAt),
        skillIds: sortedRefs((links.get(p.id) ?? []).map((l) => ref(l.skillId))),
        outcomes: byCreation(
          (outcomes.get(p.id) ?? []).map((o) => ({
            id: o.id,
            metric: o.metric,
            baseline: o.baseline,
            result: o.result,
            unit: o.unit,
            timeframe: o.timeframe,
            confidence: o.confidence,
            confidential: o.confidential,
            position: o.position,
            createdAt: iso(o.createdAt),
          })),
        ),
      })),
    ),
    applications: byCreation(
      applicationRows.map((a) => ({
        id: a.id,
        company: a.company,
        role: a.role,
        levelApplied: a.levelApplied,
        channel: a.channel,
        appliedOn: a.appliedOn,
        status: a.status,
        boardPosition: a.boardPosition,
        offerBaseMinor: a.offerBaseMinor,
        offerBonusMinor: a.offerBonusMinor,
        offerEquityMinor: a.offerEquityMinor,
        offerCurrency: a.offerCurrency,
        levelOffered: a.levelOffered,
        notes: a.notes,
        createdAt: iso(a.createdAt),
        rounds: byCreation(
          (roundsOf.get(a.id) ?? []).map((r) => ({
            id: r.id,
            stage: r.stage,
            scheduledAt: r.scheduledAt ? iso(r.scheduledAt) : null,
            outcome: r.outcome,
            selfRating: r.selfRating,
            feedback: r.feedback,
            feedbackRequested: r.feedbackRequested,
            failureReasons: r.failureReasons,
            followUpOn: r.followUpOn,
            createdAt: iso(r.createdAt),
            competencySkillIds: sortedRefs((tested.get(r.id) ?? []).map((c) => ref(c.skillId))),
          })),
        ),
      })),
    ),
    ladders: await exportLadders(db, me, ref),
    goal: await exportGoal(db, me),
    compensation: byCreation(
      (await db.select().from(compensation).where(eq(compensation.userId, me))).map((c) => ({
        id: c.id,
        baseMinor: c.baseMinor,
        bonusMinor: c.bonusMinor,
        equityMinor: c.equityMinor,
        currency: c.currency,
        region: c.region,
        effectiveOn: c.effectiveOn,
        createdAt: iso(c.createdAt),
      })),
    ),
    comments: await exportComments(
      db,
      me,
      ref,
      new Set([...projectIds, ...roundIds, ...ownSkills.map((s) => s.id)]),
    ),
  };
}
