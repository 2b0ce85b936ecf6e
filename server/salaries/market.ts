import "server-only";
import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { applications, careerGoals, ladders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { revealCompany } from "@/lib/mentoring/masking";
import { matchLevel, offerDirection, positionInBand, type LevelRef } from "@/lib/salaries/bands";
import { NotFound } from "@/lib/errors";
import type { MarketPositionInput } from "@/lib/salaries/inputs";
import { applicationViewColumns, interviewsView, liveApplications } from "@/server/interviews/access";
import { requireReadable, type ReadAccess } from "@/server/mentoring/access";
import { bandsOf, ladderWithLevels, payAccess, type BandView } from "./bands";
import { gapAnalysis } from "@/server/gaps/gaps";
import { latestCompensation } from "./compensation";

/** The ladder to use: the one asked for, else the owner's goal ladder, else the built-in one. */
async function ladderIdFor(db: DbOrTx, access: ReadAccess, input: MarketPositionInput) {
  if (input.ladderId) return { ladderId: input.ladderId, goal: await goalOf(db, access) };
  const goal = await goalOf(db, access);
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

/** The owner's goal places their pay on the ladder, so it is read with the pay (compensation scope). */
async function goalOf(db: DbOrTx, access: ReadAccess) {
  const [goal] = await db.select().from(careerGoals).where(access(careerGoals.userId));
  return goal ?? null;
}

/** The gap analysis's level estimate; a mentor gets it only under the gaps scope too (else NotFound: none). */
async function estimatedLevel(db: Db, actor: Actor, access: ReadAccess, ladderId: string) {
  const menteeId = access.asMentor ? access.ownerId : undefined;
  try {
    return (await gapAnalysis(db, actor, { ladderId, menteeId }))?.estimate.level ?? null;
  } catch (error) {
    if (access.asMentor && error instanceof NotFound) return null;
    throw error;
  }
}

/** Offers on the owner's applications: a mentor needs interviews and compensation; companies stay masked. */
async function offersOf(db: Db, actor: Actor, access: ReadAccess) {
  const view = interviewsView(actor, access.asMentor ? access.ownerId : undefined);
  const { id, company, companyOrdinal, role, levelOffered, offerBaseMinor, offerCurrency } =
    applicationViewColumns(view);
  const rows = await db
    .select({ id, company, companyOrdinal, role, levelOffered, offerBaseMinor, offerCurrency })
    .from(applications)
    .where(and(liveApplications(view.access), access.granted, isNotNull(applications.offerBaseMinor)))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(50);
  return rows.map(revealCompany);
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

/** Where the owner's pay sits in their level's band, the target band, and how each offer compares. */
export async function marketPosition(db: Db, actor: Actor, input: MarketPositionInput) {
  const access = payAccess(actor, input.menteeId);
  await requireReadable(db, access);
  const { ladderId, goal } = await ladderIdFor(db, access, input);
  const ladder = await ladderWithLevels(db, access, ladderId);
  const sameLadder = goal?.ladderId === ladder.id;
  // The level compared is the one asked for, else the level the gap analysis estimates, else the goal's.
  const estimated = input.levelId ? null : await estimatedLevel(db, actor, access, ladder.id);
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
  const pay = await latestCompensation(db, access);
  const region = input.region ?? pay?.region ?? null;
  const bands = await bandsOf(db, access, ladder);

  const band = bandFor(bands, level?.id ?? null, region, pay?.currency ?? null);
  const position = band && pay ? positionInBand(pay.baseMinor, bandPoints(band)) : null;
  const targetBand =
    bandFor(bands, target?.id ?? null, region, pay?.currency ?? null) ??
    bandFor(bands, target?.id ?? null, region, null);

  const offers = await offersOf(db, actor, access);

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
