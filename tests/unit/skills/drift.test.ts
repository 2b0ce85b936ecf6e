import { describe, expect, it } from "vitest";
import { driftRows, splitDrift } from "@/lib/skills/drift";

describe("drift", () => {
  const drift = splitDrift([
    { on: "2026-01-10", level: 2, source: "self", assessorName: null },
    { on: "2026-02-01", level: 3, source: "mentor", assessorName: "Mina" },
    { on: "2026-03-05", level: 4, source: "self", assessorName: null },
    { on: "2026-03-05", level: 3, source: "self", assessorName: null },
    { on: "2026-04-01", level: 2, source: "mentor", assessorName: null },
  ]);

  it("splits ratings by source and names a nameless mentor", () => {
    expect(drift.self).toEqual([
      { on: "2026-01-10", level: 2 },
      { on: "2026-03-05", level: 4 },
      { on: "2026-03-05", level: 3 },
    ]);
    expect(drift.mentor).toEqual([
      { on: "2026-02-01", level: 3, assessorName: "Mina" },
      { on: "2026-04-01", level: 2, assessorName: "A mentor" },
    ]);
  });

  it("gives one row per rated day with each level carried forward and the difference", () => {
    expect(driftRows(drift)).toEqual([
      { on: "2026-01-10", self: 2, mentor: null, difference: null },
      { on: "2026-02-01", self: 2, mentor: 3, difference: 1 },
      // Two self ratings that day: the one recorded last holds.
      { on: "2026-03-05", self: 3, mentor: 3, difference: 0 },
      { on: "2026-04-01", self: 3, mentor: 2, difference: -1 },
    ]);
    expect(driftRows({ self: [], mentor: [] })).toEqual([]);
  });
});
