import "server-only";
import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ladderLevels, ladders, salaryBands } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { SMALL_SAMPLE, type LevelRef } from "@/lib/salaries/bands";
import { BUILTIN_BAND_LICENCE, BUILTIN_BAND_SOURCE, BUILTIN_BANDS } from "@/lib/salaries/builtin";
import { NotFound } from "@/lib/errors";
import type { ViewInput } from "@/lib/validation";
import type { BandsInput } from "@/lib/salaries/inputs";
import { ladderVisibleTo, type LadderReader } from "@/server/ladders/access";
import { canRead, requireReadable, type ReadAccess } from "@/server/mentoring/access";

/** A mentor reads a mentee's pay page only under the compensation scope: pay, offers, imported surveys. */
export const payAccess = (actor: Actor, menteeId?: string | null) => canRead(actor, "compensation", menteeId);

export interface VisibleLadder {
  id: string;
  name: string;
  slug: string | null;
  source: string;
  builtin: boolean;
  levels: LevelRef[];
}

/** A ladder the reader may see (built in, or the owner's and not deleted) with its levels in order; else NotFound. */
export async function ladderWithLevels(
  db: DbOrTx,
  reader: LadderReader,
  ladderId: string,
): Promise<VisibleLadder> {
  const [ladder] = await db
    .select({
      id: ladders.id,
      name: ladders.name,
      slug: ladders.slug,
      source: ladders.source,
      userId: ladders.userId,
    })
    .from(ladders)
    .where(and(eq(ladders.id, ladderId), ladderVisibleTo(reader)));
  if (!ladder) throw new NotFound("ladder");
  const levels = await db
    .select({
      id: ladderLevels.id,
      key: ladderLevels.key,
      name: ladderLevels.name,
      position: ladderLevels.position,
    })
    .from(ladderLevels)
    .where(eq(ladderLevels.ladderId, ladder.id))
    .orderBy(asc(ladderLevels.position));
  return { ...ladder, builtin: ladder.userId === null, levels };
}

/** Every ladder the reader can see, with levels, for the pay page's selects. */
export async function listLadders(db: DbOrTx, actor: Actor, input: ViewInput = {}): Promise<VisibleLadder[]> {
  const access = payAccess(actor, input.menteeId);
  await requireReadable(db, access);
  const rows = await db
    .select({
      id: ladders.id,
      name: ladders.name,
      slug: ladders.slug,
      source: ladders.source,
      userId: ladders.userId,
    })
    .from(ladders)
    .where(ladderVisibleTo(access))
    .orderBy(desc(isNull(ladders.userId)), asc(ladders.name));
  if (rows.length === 0) return [];
  const levels = await db
    .select({
      id: ladderLevels.id,
      ladderId: ladderLevels.ladderId,
      key: ladderLevels.key,
      name: ladderLevels.name,
      position: ladderLevels.position,
    })
    .from(ladderLevels)
    .where(
      inArray(
        ladderLevels.ladderId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(ladderLevels.position));
  return rows.map((row) => ({
    ...row,
    builtin: row.userId === null,
    levels: levels
      .filter((level) => level.ladderId === row.id)
      .map(({ ladderId: _ladderId, ...level }) => level),
  }));
}

export interface BandView {
  id: string;
  builtin: boolean;
  levelId: string;
  region: string;
  currency: string;
  year: number;
  minMinor: number | null;
  maxMinor: number | null;
  typicalMaxMinor: number | null;
  p10Minor: number | null;
  p25Minor: number | null;
  p50Minor: number | null;
  p75Minor: number | null;
  p90Minor: number | null;
  sampleSize: number | null;
  source: string;
  licence: string | null;
  smallSample: boolean;
}

/** The built-in ladder's seed bands, attached to its levels by key: constants, not rows. */
function builtinBands(ladder: VisibleLadder): BandView[] {
  if (!ladder.builtin || ladder.source !== "builtin") return [];
  return BUILTIN_BANDS.flatMap((band) => {
    const level = ladder.levels.find((candidate) => candidate.key === band.levelKey);
    if (!level) return [];
    const { levelKey, ...rest } = band;
    return [
      {
        ...rest,
        id: `builtin:${levelKey}`,
        builtin: true,
        levelId: level.id,
        p10Minor: null,
        p25Minor: null,
        p50Minor: null,
        p75Minor: null,
        p90Minor: null,
        sampleSize: null,
        source: BUILTIN_BAND_SOURCE,
        licence: BUILTIN_BAND_LICENCE,
        smallSample: false,
      },
    ];
  });
}

/** Bands of a ladder the reader can see: the seed's, built-in rows, and the owner's imports. */
export async function bandsOf(db: DbOrTx, access: ReadAccess, ladder: VisibleLadder): Promise<BandView[]> {
  const rows = await db
    .select()
    .from(salaryBands)
    .where(
      and(eq(salaryBands.ladderId, ladder.id), or(isNull(salaryBands.userId), access(salaryBands.userId))),
    )
    .orderBy(desc(salaryBands.sampleSize), asc(salaryBands.region), desc(salaryBands.year));
  const stored = rows.map((row): BandView => ({
    id: row.id,
    builtin: row.userId === null,
    levelId: row.levelId,
    region: row.region,
    currency: row.currency,
    year: row.year,
    minMinor: row.minMinor,
    maxMinor: row.maxMinor,
    typicalMaxMinor: null,
    p10Minor: row.p10Minor,
    p25Minor: row.p25Minor,
    p50Minor: row.p50Minor,
    p75Minor: row.p75Minor,
    p90Minor: row.p90Minor,
    sampleSize: row.sampleSize,
    source: row.source,
    licence: row.licence,
    smallSample: row.sampleSize !== null && row.sampleSize < SMALL_SAMPLE,
  }));
  return [...builtinBands(ladder), ...stored];
}

export async function listBands(db: DbOrTx, actor: Actor, input: BandsInput) {
  const access = payAccess(actor, input.menteeId);
  await requireReadable(db, access);
  const ladder = await ladderWithLevels(db, access, input.ladderId);
  return { ladder, bands: await bandsOf(db, access, ladder), smallSample: SMALL_SAMPLE };
}
