import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ladderCompetencies, ladderExpectations, ladderLevels, skills, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { skillStates, type GapInputs, type LevelAnalysis } from "@/lib/gaps/analysis";
import { analyseLadder, estimateLevel, workOnNext } from "@/lib/gaps/estimate";
import { NotFound } from "@/lib/errors";
import type { GapAnalysisInput } from "@/lib/goals/inputs";
import { assessmentFacts, evidenceFacts, failedRoundFacts } from "./facts";
import { defaultLadder, findVisibleLadder, gapsAccess, getGoal } from "@/server/goals/goals";
import type { ReadAccess } from "@/server/mentoring/access";
import { todayIn } from "@/lib/dates";

/** The ladder asked for, else the goal's, else the default built-in one. */
async function resolveLadder(
  db: Db,
  access: ReadAccess,
  input: GapAnalysisInput,
  goalLadderId: string | null,
) {
  if (input.ladderId) {
    const ladder = await findVisibleLadder(db, access, input.ladderId);
    if (!ladder) throw new NotFound("ladder");
    return ladder;
  }
  if (goalLadderId) return findVisibleLadder(db, access, goalLadderId);
  return defaultLadder(db);
}

/** A ladder's levels, competencies (with their skill's name) and expectations: three queries. */
async function ladderStructure(db: Db, ladderId: string) {
  return Promise.all([
    db
      .select({
        id: ladderLevels.id,
        key: ladderLevels.key,
        name: ladderLevels.name,
        position: ladderLevels.position,
      })
      .from(ladderLevels)
      .where(eq(ladderLevels.ladderId, ladderId))
      .orderBy(asc(ladderLevels.position)),
    db
      .select({
        id: ladderCompetencies.id,
        key: ladderCompetencies.key,
        name: ladderCompetencies.name,
        skillId: ladderCompetencies.skillId,
        skillName: skills.name,
        optional: ladderCompetencies.optional,
        position: ladderCompetencies.position,
      })
      .from(ladderCompetencies)
      .innerJoin(skills, eq(skills.id, ladderCompetencies.skillId))
      .where(eq(ladderCompetencies.ladderId, ladderId))
      .orderBy(asc(ladderCompetencies.position)),
    db
      .select({
        levelId: ladderExpectations.levelId,
        competencyId: ladderExpectations.competencyId,
        expectedLevel: ladderExpectations.expectedLevel,
        text: ladderExpectations.text,
      })
      .from(ladderExpectations)
      .where(eq(ladderExpectations.ladderId, ladderId)),
  ]);
}

/**
 * Current and target analyses, readiness per level, the level estimate and what to work on next: the actor's,
 * or with `menteeId` a mentee's under the `gaps` scope, measured by self, mentor or the lower rating.
 */
export async function gapAnalysis(db: Db, actor: Actor, input: GapAnalysisInput = {}) {
  const access = await gapsAccess(db, actor, input.menteeId);
  const ratingSource = input.ratingSource ?? "self";
  const [goal, [user]] = await Promise.all([
    getGoal(db, access),
    db.select({ timeZone: users.timeZone }).from(users).where(access(users.id)),
  ]);
  const ladder = await resolveLadder(db, access, input, goal?.ladderId ?? null);
  if (!ladder) return null;
  const [levels, competencies, expectations] = await ladderStructure(db, ladder.id);
  if (input.levelId && !levels.some((level) => level.id === input.levelId)) throw new NotFound("level");

  const timeZone = user?.timeZone ?? "UTC";
  const today = todayIn(timeZone);
  const skillIds = [...new Set(competencies.map((competency) => competency.skillId))];
  const [assessed, evidence, failures] = await Promise.all([
    assessmentFacts(db, access, skillIds),
    evidenceFacts(db, access, skillIds, timeZone),
    failedRoundFacts(db, access, skillIds),
  ]);
  const states = skillStates(assessed, evidence, today, ratingSource);
  const inputs: GapInputs = { competencies, expectations, states, today };
  const analyses = analyseLadder(levels, inputs);
  const goalHere = goal && goal.ladderId === ladder.id ? goal : null;
  const analysisOf = (levelId: string | null | undefined) =>
    analyses.find((analysis) => analysis.level.id === levelId) ?? null;
  const estimate = estimateLevel(analyses);
  const target = analysisOf(input.levelId ?? goalHere?.targetLevelId);
  // Without a target, the next step is the level above the estimate.
  const focus: LevelAnalysis | null = target ?? analysisOf(estimate.next?.id);
  // Rated under the chosen source: a skill with only self ratings is unrated when measuring by mentors.
  const rated = (skillId: string) => (states.get(skillId)?.current ?? 0) > 0;

  return {
    ladder: { id: ladder.id, name: ladder.name, source: ladder.source },
    ratingSource,
    goal: goalHere
      ? {
          currentLevelId: goalHere.currentLevelId,
          targetLevelId: goalHere.targetLevelId,
          targetDate: goalHere.targetDate,
        }
      : null,
    today,
    assessedCompetencies: competencies.filter((competency) => rated(competency.skillId)).length,
    competencyCount: competencies.length,
    levels: analyses.map(({ level, readiness, metCount, total }) => ({
      ...level,
      readiness,
      metCount,
      total,
    })),
    current: analysisOf(goalHere?.currentLevelId),
    target,
    estimate,
    workOnNext: focus ? { level: focus.level, items: workOnNext(focus, failures) } : null,
  };
}
