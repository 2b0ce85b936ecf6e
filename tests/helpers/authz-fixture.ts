import type { Db } from "@/db/client";
import { MENTORSHIP_SCOPES } from "@/lib/mentoring/rules";
import {
  addOutcome,
  callerFor,
  claimsFor,
  createApiToken,
  createPasskey,
  createApplication,
  createAssessment,
  createCompensation,
  createGoal,
  createInvitation,
  createMentorship,
  createOwnSkill,
  createProject,
  createRound,
  createUser,
  dayFromToday,
  importLadder,
} from "./factories";

/** A due date a month ahead: review requests refuse the past and the far future. */
export const DUE_ON = dayFromToday(30);

/** Strings that exist only in the mentee's data: none may reach a caller who is refused. */
export const SECRETS = {
  skill: "Zanzibar Tracing",
  note: "quietly-secret-assessment-note",
  project: "Project Quokka Migration",
  company: "Quokkasoft Holdings",
  offer: "187345",
  salary: "193457",
  comment: "mentor-only-remark-xyzzy",
} as const;

/**
 * A mentee with data in every section (made through the router, as the app makes it), a mentor with every scope,
 * and the three callers who must be refused: a stranger, a mentor with no scope, a mentor whose mentorship ended.
 */
export async function authzFixture(db: Db) {
  const mentee = await createUser(db);
  const fullMentor = await createUser(db);
  const stranger = await createUser(db);
  const scopelessMentor = await createUser(db);
  const revokedMentor = await createUser(db);
  const as = (user: { id: string; sessionId: string }) => callerFor(db, claimsFor(user));
  const menteeApi = as(mentee);

  const skillId = await createOwnSkill(db, mentee, { name: SECRETS.skill });
  const assessmentId = await createAssessment(db, mentee, {
    skillId,
    level: 3,
    assessedOn: "2026-06-01",
    note: SECRETS.note,
  });
  const project = await createProject(db, mentee, {
    title: SECRETS.project,
    role: "Lead",
    startedOn: "2025-01-01",
  });
  const outcome = await addOutcome(db, mentee, project.id, {
    metric: "p99 latency",
    baseline: null,
    result: 120,
    unit: "ms",
  });
  const application = await createApplication(db, mentee, {
    company: SECRETS.company,
    role: "Backend Engineer",
    appliedOn: "2026-01-05",
    status: "offer",
    offerBase: SECRETS.offer,
    offerCurrency: "USD",
  });
  const round = await createRound(db, mentee, { applicationId: application.id, stage: "phone-screen" });
  const ladder = await importLadder(db, mentee);
  const level = ladder.levels[0];
  if (!level) throw new Error("imported ladder has no level");
  await createGoal(db, mentee, { ladderId: ladder.id, currentLevelId: level.id });
  await createCompensation(db, mentee, {
    base: SECRETS.salary,
    currency: "USD",
    region: "US",
    effectiveOn: "2026-01-01",
  });

  const full = await createMentorship(db, mentee, fullMentor, {
    scopes: MENTORSHIP_SCOPES,
    via: "invitation",
  });
  await createMentorship(db, mentee, scopelessMentor, { scopes: [], via: "invitation" });
  const revoked = await createMentorship(db, mentee, revokedMentor, {
    scopes: MENTORSHIP_SCOPES,
    via: "invitation",
  });
  const pendingInvitation = await createInvitation(db, mentee, { scopes: ["skills"] });

  const fullApi = as(fullMentor);
  const comment = await fullApi.reviews.comment({
    menteeId: mentee.id,
    subjectType: "skill",
    subjectId: skillId,
    body: SECRETS.comment,
  });
  const endorsement = await fullApi.reviews.endorse({
    menteeId: mentee.id,
    skillId,
    level: 4,
    assessedOn: "2026-06-02",
  });
  const reviewRequest = await menteeApi.reviews.requestReview({
    mentorshipId: full.id,
    subjectType: "project",
    subjectId: project.id,
    dueOn: DUE_ON,
  });
  const apiToken = await createApiToken(db, mentee, { name: "mentee token", scope: "write" });
  const passkey = await createPasskey(db, mentee, { name: "mentee laptop" });
  const [notification] = (await menteeApi.notifications.list({})).items;
  if (!notification) throw new Error("the mentee has no notification");
  // Ended last, so everything above was made while it was active.
  await menteeApi.mentoring.end({ mentorshipId: revoked.id });

  return {
    mentee,
    fullMentor,
    callers: { stranger, scopelessMentor, revokedMentor },
    as,
    ids: {
      mentee: mentee.id,
      skill: skillId,
      assessment: assessmentId,
      project: project.id,
      outcome: outcome.id,
      application: application.id,
      round: round.id,
      ladder: ladder.id,
      level: level.id,
      mentorship: full.id,
      revokedMentorship: revoked.id,
      invitation: pendingInvitation.id,
      invitationToken: pendingInvitation.token,
      comment: comment.id,
      endorsement: endorsement.id,
      reviewRequest: reviewRequest.id,
      notification: notification.id,
      apiToken: apiToken.id,
      passkey: passkey.id,
      session: mentee.sessionId,
    },
  };
}
export type AuthzFixture = Awaited<ReturnType<typeof authzFixture>>;
export type FixtureIds = AuthzFixture["ids"];
