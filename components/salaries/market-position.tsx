"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { bandSummary, money } from "@/lib/salaries/format";

const DIRECTION_LABEL = {
  up: "Level up",
  lateral: "Lateral",
  down: "Down-level",
  "unknown-level": "Unknown level",
  "no-current-level": "Pick your level to compare",
} as const;

const DIRECTION_STYLE = {
  up: "bg-emerald-100 text-emerald-900",
  lateral: "bg-slate-100 text-slate-900",
  down: "bg-red-100 text-red-900",
  "unknown-level": "bg-amber-100 text-amber-900",
  "no-current-level": "bg-amber-100 text-amber-900",
} as const;

interface Level {
  id: string;
  name: string;
}

/** Where the user's pay sits in their level's band, the target band, and each offer against the ladder. */
export function MarketPosition({ ladderId, levels }: { ladderId: string; levels: Level[] }) {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const [levelId, setLevelId] = useState("");
  const [targetLevelId, setTargetLevelId] = useState("");
  const [region, setRegion] = useState("");
  const regionOk = /^[A-Za-z]{2}$/.test(region);
  const { data, error } = useQuery(
    trpc.salaries.marketPosition.queryOptions({
      ladderId,
      levelId: levelId || null,
      targetLevelId: targetLevelId || null,
      region: regionOk ? region : null,
      menteeId,
    }),
  );
  const options = levels.map((level) => ({ value: level.id, label: level.name }));

  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Your level"
          placeholder="Choose…"
          options={options}
          value={levelId}
          onChange={(e) => setLevelId(e.target.value)}
        />
        <SelectField
          label="Target level"
          placeholder="Choose…"
          options={options}
          value={targetLevelId}
          onChange={(e) => setTargetLevelId(e.target.value)}
        />
        <Field
          label="Region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          placeholder="From your compensation"
          hint="2-letter country code"
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error.message}
        </p>
      )}
      {data && (
        <div className="grid gap-3 text-sm" aria-live="polite">
          {!data.compensation ? (
            <p>
              {readOnly
                ? "No compensation recorded yet."
                : "Save your compensation above to see where you stand."}
            </p>
          ) : !data.level ? (
            <p>Choose your level to see where your pay sits.</p>
          ) : !data.band || !data.position ? (
            <p>
              No band for {data.level.name} in {data.region ?? "your region"} in {data.compensation.currency}.
            </p>
          ) : (
            <div className="grid gap-1">
              {data.levelSource === "estimate" && (
                <p className="text-muted-foreground">
                  Level {data.level.name} is the one your gap analysis estimates; choose another above to
                  compare.
                </p>
              )}
              <p>
                {readOnly ? "Their" : "Your"} base pay of{" "}
                {money(data.compensation.baseMinor, data.compensation.currency)} per year, against{" "}
                {data.level.name} in {data.band.region} ({data.band.year}, {bandSummary(data.band)}):{" "}
                <strong>{positionText(data.position)}</strong>
              </p>
              {data.position.percentile !== null && (
                <div className="flex items-center gap-2">
                  <span id="percentile-label">Percentile</span>
                  <meter
                    aria-labelledby="percentile-label"
                    min={0}
                    max={100}
                    value={data.position.percentile}
                    className="w-48"
                  />
                  <span>{data.position.percentile}th</span>
                </div>
              )}
            </div>
          )}
          {data.target && (
            <p>
              Target {data.target.name}:{" "}
              {data.targetBand
                ? `${bandSummary(data.targetBand)} (${data.targetBand.currency} per year, ${data.targetBand.region} ${data.targetBand.year})`
                : "no band for this region yet"}
            </p>
          )}
          <h3 className="font-medium">Offers</h3>
          {data.offers.length === 0 ? (
            <p className="text-muted-foreground">
              Offers you record in Interviews appear here, compared with your level.
            </p>
          ) : (
            <ul className="grid gap-1">
              {data.offers.map((offer) => (
                <li key={offer.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {offer.company}, {offer.role}: {offer.levelOffered ?? "no level given"},{" "}
                    {money(offer.offerBaseMinor, offer.offerCurrency ?? "USD")} per year
                  </span>
                  <span className={`rounded px-1.5 text-xs ${DIRECTION_STYLE[offer.direction]}`}>
                    {DIRECTION_LABEL[offer.direction]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function positionText(position: { kind: string; percentile: number | null; outside: string | null }): string {
  if (position.kind === "open-range") {
    return position.outside === "below"
      ? "below the band's minimum"
      : "at or above the minimum of an open-ended band";
  }
  if (position.percentile === null) return "no position";
  const where =
    position.kind === "range" ? "of the way through the min–max range" : "percentile (interpolated)";
  const edge = position.outside ? ` (${position.outside} the band)` : "";
  return `${position.percentile}${position.kind === "range" ? "%" : "th"} ${where}${edge}`;
}
