import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { applications, careerGoals, ladders } from "@/db/schema";
import type { Actor } from "../actor";
import { matchLevel, offerDirection, positionInBand, type LevelRef } from "../domain/salaries";
import { NotFound } from "../errors";
import type { MarketPositionInput } from "../validators/salaries";
import { bandsOf, visibleLadder, type BandView } from "./salaries";
import { gapAnalysis } from "./gaps";
import { getCompensation } from "./salaries-compensation";

/** The ladder to use: the one asked for, else the actor's goal ladder, else the built-in one. */
async function ladderIdFor(db: DbOrTx, actor: Actor, input: MarketPositionInput) {
  if (input.ladderId) return { ladderId: input.ladderId, goal: await goalOf(db, actor) };
  const goal = await goalOf(db, actor);
  if (goal) return { ladderId: goal.ladderId, goal };
  const [builtin] = await db
    .select({ id: ladders.id })
    .from(ladders)
    .where(and(isNull(ladders.userId), eq(ladders.source, "builtin"), isNull(ladders.deletedAt)))
    .orderBy(asc(ladders.createdAt))
    .limit(1);
  if (!builtin) throw new NotFound("ladder");
  return { ladderId: builtin.id, goal };
}

async function goalOf(db: DbOrTx, actor: Actor) {
  const [goal] = await db.select().from(careerGoals).where(eq(careerGoals.userId, actor.userId));
  return goal ?? null;
}

/** The band to compare with: the region asked for, the most recent year, the largest sample first. */
function bandFor(bands: BandView[], levelId: string | null, region: string | null, currency: string | null) {
  if (!levelId) return null;
  const candidates = bands.filter(
    (band) =>
      band.levelId === levelId &&
      (!region || band.region === region) &&
      (!currency || band.currency === currency),
  );
  candidates.sort((a, b) => b.year - a.year || (b.sampleSize ?? 0) - (a.sampleSize ?? 0));
  return candidates[0] ?? null;
}

function levelById(levels: LevelRef[], id: string | null | undefined, what: string): LevelRef | null {
  if (!id) return null;
  const level = levels.find((candidate) => candidate.id === id);
  if (!level) throw new NotFound(what);
  return level;
}

/** Where the actor's pay sits in their level's band, the target band, and how each offer compares. */
export async function marketPosition(db: Db, actor: Actor, input: MarketPositionInput) {
  const { ladderId, goal } = await ladderIdFor(db, actor, input);
  const ladder = await visibleLadder(db, actor, ladderId);
  const sameLadder = goal?.ladderId === ladder.id;
  // The level compared is the one asked for, else the level the gap analysis estimates, else the goal's.
  const estimated = input.levelId
    ? null
    : (await gapAnalysis(db, actor, { ladderId: ladder.id }))?.estimate.level;
  const levelSource = input.levelId ? "requested" : estimated ? "estimate" : "goal";
  const level = levelById(
    ladder.levels,
    input.levelId ?? estimated?.id ?? (sameLadder ? goal?.currentLevelId : null),
    "level",
  );
  const target = levelById(
    ladder.levels,
    input.targetLevelId ?? (sameLadder ? goal?.targetLevelId : null),
    "target level",
  );
  const pay = await getCompensation(db, actor);
  const region = input.region ?? pay?.region ?? null;
  const bands = await bandsOf(db, actor, ladder);

  const band = bandFor(bands, level?.id ?? null, region, pay?.currency ?? null);
  const position = band && pay ? positionInBand(pay.baseMinor, bandPoints(band)) : null;
  const targetBand =
    bandFor(bands, target?.id ?? null, region, pay?.currency ?? null) ??
    bandFor(bands, target?.id ?? null, region, null);

  const offers = await db
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      levelOffered: applications.levelOffered,
      offerBaseMinor: applications.offerBaseMinor,
      offerCurrency: applications.offerCurrency,
    })
    .from(applications)
    .where(
      and(
        eq(applications.userId, actor.userId),
        isNull(applications.deletedAt),
        isNotNull(applications.offerBaseMinor),
      ),
    )
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(50);

  return {
    ladder: { id: ladder.id, name: ladder.name },
    levels: ladder.levels,
    level,
    levelSource,
    target,
    region,
    compensation: pay && { baseMinor: pay.baseMinor, currency: pay.currency, region: pay.region },
    band,
    position,
    targetBand,
    offers: offers.map((offer) => {
      const matched = matchLevel(ladder.levels, offer.levelOffered);
      return { ...offer, matchedLevel: matched, direction: offerDirection(matched, level) };
    }),
  };
}

function bandPoints(band: BandView) {
  return {
    min: band.minMinor,
    max: band.maxMinor,
    ...(band.p10Minor !== null && { p10: band.p10Minor }),
    ...(band.p25Minor !== null && { p25: band.p25Minor }),
    ...(band.p50Minor !== null && { p50: band.p50Minor }),
    ...(band.p75Minor !== null && { p75: band.p75Minor }),
    ...(band.p90Minor !== null && { p90: band.p90Minor }),
  };
}
