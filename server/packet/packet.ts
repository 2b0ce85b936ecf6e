import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ladderLevels, users } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { buildPacket, DEFAULT_PERIOD_MONTHS, type Packet } from "@/lib/packet/packet";
import { Invalid, NotFound } from "@/lib/errors";
import type { PacketInput } from "@/lib/packet/inputs";
import { defaultLadder, findVisibleLadder, getGoal } from "@/server/goals/goals";
import { assessmentsIn, competenciesOf, evidenceOn, projectsIn } from "./facts";
import { monthsBefore, todayIn } from "@/lib/dates";

/** The period asked for; a missing end is today (in the owner's zone), a missing start six months before the end. */
function resolvePeriod(input: PacketInput, today: string) {
  const to = input.to ?? (input.from && input.from > today ? input.from : today);
  const from = input.from ?? monthsBefore(to, DEFAULT_PERIOD_MONTHS);
  if (from > to) throw new Invalid("to", "choose an end on or after the start");
  return { from, to };
}

/** The actor's review packet: the goal's ladder and target level (else the built-in ladder), for one period. */
export async function reviewPacket(db: Db, actor: Actor, input: PacketInput = {}): Promise<Packet> {
  const [[owner], goal] = await Promise.all([
    db
      .select({ name: users.name, email: users.email, timeZone: users.timeZone })
      .from(users)
      .where(eq(users.id, actor.userId)),
    getGoal(db, actor),
  ]);
  if (!owner) throw new NotFound("user");
  const period = resolvePeriod(input, todayIn(owner.timeZone));
  const ladder = goal ? await findVisibleLadder(db, actor, goal.ladderId) : await defaultLadder(db);
  const targetLevelId = ladder && goal?.ladderId === ladder.id ? goal.targetLevelId : null;
  const [level] = targetLevelId
    ? await db
        .select({ name: ladderLevels.name })
        .from(ladderLevels)
        .where(eq(ladderLevels.id, targetLevelId))
    : [];
  const [competencies, assessed] = await Promise.all([
    ladder ? competenciesOf(db, ladder.id, targetLevelId) : [],
    assessmentsIn(db, actor.userId, period),
  ]);
  const evidence = await evidenceOn(
    db,
    actor.userId,
    assessed.map((assessment) => assessment.id),
  );
  const cited = [...new Set(evidence.flatMap((item) => (item.projectId ? [item.projectId] : [])))];
  const projectFacts = await projectsIn(db, actor.userId, period, cited);
  return buildPacket(
    {
      owner: owner.name ?? owner.email,
      period,
      ladder: ladder?.name ?? null,
      targetLevel: level?.name ?? null,
    },
    { competencies, assessments: assessed, evidence, projects: projectFacts },
  );
}
