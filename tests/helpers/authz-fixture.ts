import type { Db } from "../../db/client";
import { MENTORSHIP_SCOPES } from "@/lib/mentoring/rules";
import { callerFor, claimsFor, createUser } from "./factories";
import { ftYaml } from "./ladders";

/** A due date a month ahead: review requests refuse the past and the far future. */
export const DUE_ON = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

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
  const as = (user: { id: string; sessionVersion: number }) => callerFor(db, claimsFor(user));
  const menteeApi = as(mentee);

  const skill = await menteeApi.skills.addSkill({ name: SECRETS.skill, kind: "tool" });
  const assessment = await menteeApi.skills.assess({
    skillId: skill.id,
    level: 3,
    assessedOn: "2026-06-01",
    note: SECRETS.note,
  });
  const project = await menteeApi.projects.create({
    title: SECRETS.project,
    role: "Lead",
    startedOn: "2025-01-01",
  });
  const outcome = await menteeApi.projects.outcomes.add({
    projectId: project.id,
    metric: "p99 latency",
    result: 120,
    unit: "ms",
  });
  const application = await menteeApi.interviews.create({
    company: SECRETS.company,
    role: "Backend Engineer",
    appliedOn: "2026-01-05",
    status: "offer",
    offerBase: SECRETS.offer,
    offerCurrency: "USD",
  });
  const round = await menteeApi.interviews.addRound({ applicationId: application.id, stage: "phone-screen" });
  const imported = await menteeApi.ladders.import({
    format: "ft-yaml",
    fileName: "family.yaml",
    content: ftYaml(),
    dryRun: false,
  });
  if (!imported.ok || !imported.ladderId) throw new Error("ladder import failed");
  const ladder = await menteeApi.ladders.byId({ id: imported.ladderId });
  const level = ladder.levels[0];
  if (!level) throw new Error("imported ladder has no level");
  await menteeApi.goals.set({ ladderId: ladder.id, currentLevelId: level.id });
  await menteeApi.salaries.compensation.set({
    base: SECRETS.salary,
    currency: "USD",
    region: "US",
    effectiveOn: "2026-01-01",
  });

  const accepted = async (mentor: typeof mentee, scopes: readonly (typeof MENTORSHIP_SCOPES)[number][]) => {
    const invite = await menteeApi.mentoring.invite({ scopes: [...scopes] });
    return as(mentor).mentoring.accept({ token: invite.token });
  };
  const full = await accepted(fullMentor, MENTORSHIP_SCOPES);
  await accepted(scopelessMentor, []);
  const revoked = await accepted(revokedMentor, MENTORSHIP_SCOPES);
  const pendingInvitation = await menteeApi.mentoring.invite({ scopes: ["skills"] });

  const fullApi = as(fullMentor);
  const comment = await fullApi.reviews.comment({
    menteeId: mentee.id,
    subjectType: "skill",
    subjectId: skill.id,
    body: SECRETS.comment,
  });
  const endorsement = await fullApi.reviews.endorse({
    menteeId: mentee.id,
    skillId: skill.id,
    level: 4,
    assessedOn: "2026-06-02",
  });
  const reviewRequest = await menteeApi.reviews.requestReview({
    mentorshipId: full.mentorshipId,
    subjectType: "project",
    subjectId: project.id,
    dueOn: DUE_ON,
  });
  const apiToken = await menteeApi.apiTokens.create({ name: "mentee token", scope: "write" });
  const [notification] = (await menteeApi.notifications.list({})).items;
  if (!notification) throw new Error("the mentee has no notification");
  // Ended last, so everything above was made while it was active.
  await menteeApi.mentoring.end({ mentorshipId: revoked.mentorshipId });

  return {
    mentee,
    fullMentor,
    callers: { stranger, scopelessMentor, revokedMentor },
    as,
    ids: {
      mentee: mentee.id,
      skill: skill.id,
      assessment: assessment.id,
      project: project.id,
      outcome: outcome.id,
      application: application.id,
      round: round.id,
      ladder: ladder.id,
      level: level.id,
      mentorship: full.mentorshipId,
      revokedMentorship: revoked.mentorshipId,
      invitation: pendingInvitation.invitationId,
      invitationToken: pendingInvitation.token,
      comment: comment.id,
      endorsement: endorsement.id,
      reviewRequest: reviewRequest.id,
      notification: notification.id,
      apiToken: apiToken.id,
    },
  };
}
export type AuthzFixture = Awaited<ReturnType<typeof authzFixture>>;
export type FixtureIds = AuthzFixture["ids"];
