import { enGB } from "date-fns/locale/en-GB";
import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import {
  APPLICATION_STATUSES,
  applyMove,
  compareStages,
  groupByStatus,
  neighboursForStep,
  normalizeReason,
  normalizeStage,
  OPEN_STATUSES,
  positionBetween,
} from "@/lib/interviews/rules";
import { currencyDigits, formatMoney, isKnownCurrency, majorToMinor, minorToMajor } from "@/lib/money";
import { dateIn, formatDate, fromLocalInput, monthIn, toLocalInput } from "@/lib/dates";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import {
  addRoundInput,
  createApplicationInput,
  listApplicationsInput,
  moveApplicationInput,
  updateRoundInput,
} from "@/lib/interviews/inputs";

function errorsOf(error: ZodError | undefined): Record<string, string[]> {
  if (!error) throw new Error("expected the input to be refused");
  return fieldErrorsFromZod(error);
}

describe("positionBetween", () => {
  it("goes between two neighbours, above the top, below the bottom, or at 0 alone", () => {
    expect(positionBetween(1, 2)).toBe(1.5);
    expect(positionBetween(null, 4)).toBe(3);
    expect(positionBetween(4, null)).toBe(5);
    expect(positionBetween(null, null)).toBe(0);
  });

  it("is null when no double fits between or the neighbours are out of order", () => {
    expect(positionBetween(1, 1 + Number.EPSILON)).toBeNull();
    expect(positionBetween(2, 2)).toBeNull();
    expect(positionBetween(3, 2)).toBeNull();
  });

  it("keeps finding room for many halvings", () => {
    let below = 1;
    for (let step = 0; step < 40; step += 1) {
      const next = positionBetween(0, below);
      expect(next).not.toBeNull();
      below = next ?? 0;
    }
    expect(below).toBeGreaterThan(0);
  });
});

describe("stages and reasons", () => {
  it("maps built-in keys and names in any case to the key, and trims own labels", () => {
    expect(normalizeStage("System Design")).toBe("system-design");
    expect(normalizeStage(" PHONE-SCREEN ")).toBe("phone-screen");
    expect(normalizeStage("  Pair programming ")).toBe("Pair programming");
    expect(normalizeReason("unclear comms")).toBe("unclear comms");
    expect(normalizeReason("Unclear Communication")).toBe("unclear-communication");
  });

  it("orders built-in stages as the catalogue does, then own labels alphabetically", () => {
    expect(["Zeta", "onsite", "Alpha", "phone-screen"].sort(compareStages)).toEqual([
      "phone-screen",
      "onsite",
      "Alpha",
      "Zeta",
    ]);
  });

  it("groups rows into all seven columns, keeping their order", () => {
    const rows = [
      { id: 1, status: "offer" as const },
      { id: 2, status: "applied" as const },
      { id: 3, status: "offer" as const },
    ];
    const columns = groupByStatus(rows);
    expect(columns.map((column) => column.status)).toEqual([...APPLICATION_STATUSES]);
    expect(columns.find((column) => column.status === "offer")?.items.map((row) => row.id)).toEqual([1, 3]);
    expect(OPEN_STATUSES).toEqual(["applied", "interviewing", "offer"]);
  });
});

describe("money", () => {
  it("converts major units to minor with string arithmetic", () => {
    expect(majorToMinor("145000.50", 2)).toBe(14500050);
    expect(majorToMinor("0.1", 2)).toBe(10);
    expect(majorToMinor("19.99", 2)).toBe(1999);
    expect(majorToMinor("5000000", 0)).toBe(5000000);
    expect(majorToMinor("1.500", 0)).toBeNull();
    expect(majorToMinor("1.000", 0)).toBe(1);
    expect(majorToMinor("1.2345", 3)).toBeNull();
    expect(majorToMinor("-1", 2)).toBeNull();
    expect(majorToMinor("999999999999.999", 3)).toBe(999999999999999);
  });

  it("converts back to the form's text and formats with the currency", () => {
    expect(minorToMajor(14500050, 2)).toBe("145000.50");
    expect(minorToMajor(5, 2)).toBe("0.05");
    expect(minorToMajor(5000000, 0)).toBe("5000000");
    expect(formatMoney(14500050, "USD", "en-US")).toBe("$145,000.50");
    expect(formatMoney(5000000, "JPY", "en-US")).toBe("¥5,000,000");
  });

  it("knows currency codes and their minor units", () => {
    expect(isKnownCurrency("EUR")).toBe(true);
    expect(isKnownCurrency("eur")).toBe(false);
    expect(isKnownCurrency("XYZ")).toBe(false);
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("KWD")).toBe(3);
  });
});

describe("time zones", () => {
  it("reads dates and months in the zone", () => {
    const instant = new Date("2026-03-01T02:00:00Z");
    expect(dateIn(instant, "America/New_York")).toBe("2026-02-28");
    expect(monthIn(instant, "Asia/Tokyo")).toBe("2026-03");
  });

  it("round-trips datetime-local values, across daylight saving too", () => {
    expect(fromLocalInput("2026-07-01T09:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-07-01T07:30:00.000Z",
    );
    expect(fromLocalInput("2026-01-15T09:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-01-15T08:30:00.000Z",
    );
    // The day the clocks go forward in Berlin (29 March 2026, 02:00 → 03:00).
    expect(fromLocalInput("2026-03-29T12:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T10:00:00.000Z",
    );
    const instant = new Date("2026-10-25T15:45:00Z");
    expect(toLocalInput(instant, "America/Los_Angeles")).toBe("2026-10-25T08:45");
    expect(fromLocalInput(toLocalInput(instant, "Asia/Kolkata"), "Asia/Kolkata")?.getTime()).toBe(
      instant.getTime(),
    );
    expect(fromLocalInput("tomorrow", "UTC")).toBeNull();
    expect(fromLocalInput("2026-02-30T10:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-02-28T24:00", "UTC")).toBeNull();
  });

  it("formats a calendar date without shifting it", () => {
    expect(formatDate("2026-03-01", enGB)).toBe("1 Mar 2026");
  });
});

const application = { company: "Acme", role: "Engineer", appliedOn: "2026-01-05" };

describe("createApplicationInput", () => {
  it("turns the offer into minor units and fills defaults", () => {
    const parsed = createApplicationInput.parse({
      ...application,
      offerBase: "145000.50",
      offerBonus: 1000,
      offerCurrency: " gbp ",
    });
    expect(parsed).toMatchObject({
      status: "applied",
      offerBaseMinor: 14500050,
      offerBonusMinor: 100000,
      offerEquityMinor: null,
      offerCurrency: "GBP",
      levelApplied: null,
      notes: null,
    });
  });

  it.each([
    [{ company: "" }, "company", "enter the company"],
    [{ role: "r".repeat(201) }, "role", "use at most 200 characters"],
    [{ appliedOn: "2030-01-01" }, "appliedOn", "use a date that is not in the future"],
    [{ appliedOn: "1969-12-31" }, "appliedOn", "use a date from 1970 on"],
    [{ appliedOn: "2026-02-29" }, "appliedOn", "not a real date"],
    [{ appliedOn: "05/01/2026" }, "appliedOn", "use the form YYYY-MM-DD"],
    [{ status: "hired" }, "status", "choose a status"],
    [{ offerBase: "100" }, "offerCurrency", "choose the currency of the offer"],
    [{ offerBase: "12.5", offerCurrency: "JPY" }, "offerBase", "JPY has no minor unit; enter a whole amount"],
    [
      { offerBase: "1e5", offerCurrency: "USD" },
      "offerBase",
      "enter an amount like 145000.50: digits and at most one dot",
    ],
    [
      { offerBase: "1000000000000", offerCurrency: "USD" },
      "offerBase",
      "enter an amount like 145000.50: digits and at most one dot",
    ],
    [{ offerCurrency: "US" }, "offerCurrency", "use a 3-letter ISO 4217 code such as USD"],
    [{ levelOffered: "l".repeat(101) }, "levelOffered", "use at most 100 characters"],
    [{ notes: "n".repeat(1_000_000) }, "notes", "use at most 10,000 characters"],
  ])("refuses %j on %s", (overrides, field, message) => {
    const result = createApplicationInput.safeParse({ ...application, ...overrides });
    // The shared date rules can stack several messages on one bad date; ours add none twice.
    expect(errorsOf(result.error)[field]).toContain(message);
    expect(new Set(errorsOf(result.error)[field]).size).toBe(errorsOf(result.error)[field]?.length);
  });

  it("reports exactly one message for an amount or a rolled-over date", () => {
    const result = createApplicationInput.safeParse({
      ...application,
      appliedOn: "2026-02-29",
      offerBase: "1e5",
      offerCurrency: "USD",
    });
    expect(errorsOf(result.error)).toEqual({
      appliedOn: ["not a real date"],
      offerBase: ["enter an amount like 145000.50: digits and at most one dot"],
    });
  });
});

describe("moveApplicationInput and listApplicationsInput", () => {
  const id = "5d1c8a3e-0a4b-4a5e-9a0f-2b6a1e0c9d11";
  const other = "6e2d9b4f-1b5c-4b6f-8b1a-3c7b2f1d0e22";

  it("refuses a card as its own neighbour and the same card on both sides", () => {
    expect(errorsOf(moveApplicationInput.safeParse({ id, status: "offer", afterId: id }).error)).toEqual({
      afterId: ["a card cannot be its own neighbour"],
    });
    expect(
      errorsOf(
        moveApplicationInput.safeParse({ id, status: "offer", afterId: other, beforeId: other }).error,
      ),
    ).toEqual({ beforeId: ["the neighbours must be two different cards"] });
    expect(moveApplicationInput.safeParse({ id, status: "offer", beforeId: other }).success).toBe(true);
  });

  it("pages 20 by default and refuses an unknown status filter", () => {
    expect(listApplicationsInput.parse({})).toEqual({ limit: 20 });
    expect(errorsOf(listApplicationsInput.safeParse({ status: "lost" }).error)).toHaveProperty("status");
  });
});

describe("round inputs", () => {
  const applicationId = "5d1c8a3e-0a4b-4a5e-9a0f-2b6a1e0c9d11";

  it("normalises the stage and reasons, de-duplicates and fills defaults", () => {
    const parsed = addRoundInput.parse({
      applicationId,
      stage: "Take-Home",
      outcome: "failed",
      failureReasons: ["Inadequate preparation", "inadequate-preparation", " Nerves "],
      feedback: "   ",
    });
    expect(parsed).toEqual({
      applicationId,
      stage: "take-home",
      scheduledAt: null,
      outcome: "failed",
      selfRating: null,
      feedback: null,
      feedbackRequested: false,
      failureReasons: ["inadequate-preparation", "Nerves"],
      competencyIds: [],
      followUpOn: null,
    });
  });

  it("accepts an ISO scheduledAt string and a future follow-up", () => {
    const parsed = addRoundInput.parse({
      applicationId,
      stage: "onsite",
      scheduledAt: "2026-12-01T09:00:00.000Z",
      followUpOn: "2027-01-10",
    });
    expect(parsed.scheduledAt?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it.each([
    [{ stage: " " }, "stage", "choose a stage or name your own"],
    [{ stage: "s".repeat(61) }, "stage", "use at most 60 characters"],
    [{ outcome: "won" }, "outcome", "choose an outcome"],
    [{ selfRating: 6 }, "selfRating", "choose a rating from 1 to 5"],
    [{ selfRating: 2.5 }, "selfRating", "choose a rating from 1 to 5"],
    [{ scheduledAt: "yesterday-ish" }, "scheduledAt", "enter a date and time"],
    [{ scheduledAt: "2999-01-01T00:00:00Z" }, "scheduledAt", "that date is too far in the future"],
    [{ followUpOn: "2026-04-31" }, "followUpOn", "not a real date"],
    [{ feedback: "f".repeat(10_001) }, "feedback", "use at most 10,000 characters"],
    [
      { outcome: "passed", failureReasons: ["poor-problem-solving"] },
      "failureReasons",
      "only a failed round has failure reasons; set the outcome to Failed or clear them",
    ],
    [
      { outcome: "failed", failureReasons: ["r".repeat(101)] },
      "failureReasons.0",
      "use at most 100 characters",
    ],
    [{ outcome: "failed", failureReasons: [""] }, "failureReasons.0", "enter a reason"],
    [
      { outcome: "failed", failureReasons: Array.from({ length: 11 }, (_, i) => `r${i}`) },
      "failureReasons",
      "choose at most 10 reasons",
    ],
    [{ competencyIds: ["skill-1"] }, "competencyIds.0", "not a valid id"],
  ])("refuses %j on %s", (overrides, field, message) => {
    const result = addRoundInput.safeParse({ applicationId, stage: "onsite", ...overrides });
    expect(errorsOf(result.error)[field]).toEqual([message]);
  });

  it("applies the same rule to updates", () => {
    const result = updateRoundInput.safeParse({ id: applicationId, stage: "onsite", failureReasons: ["x"] });
    expect(errorsOf(result.error)).toHaveProperty("failureReasons");
  });
});

describe("board moves on the client", () => {
  const card = (id: string, status: "applied" | "offer") => ({ id, status });
  const columns = [
    { status: "applied" as const, items: [card("a", "applied"), card("b", "applied"), card("c", "applied")] },
    { status: "offer" as const, items: [card("x", "offer"), card("y", "offer")] },
  ];
  const ids = (board: ReturnType<typeof applyMove<{ id: string; status: "applied" | "offer" }>>) =>
    board.map((column) => column.items.map((item) => `${item.id}:${item.status}`));

  it("moves a card below afterId, above beforeId, or to the top", () => {
    expect(ids(applyMove(columns, { id: "a", status: "offer", afterId: "x" }))).toEqual([
      ["b:applied", "c:applied"],
      ["x:offer", "a:offer", "y:offer"],
    ]);
    expect(ids(applyMove(columns, { id: "a", status: "offer", beforeId: "y" }))).toEqual([
      ["b:applied", "c:applied"],
      ["x:offer", "a:offer", "y:offer"],
    ]);
    expect(ids(applyMove(columns, { id: "c", status: "applied" }))).toEqual([
      ["c:applied", "a:applied", "b:applied"],
      ["x:offer", "y:offer"],
    ]);
    expect(ids(applyMove(columns, { id: "missing", status: "offer" }))).toEqual(ids(columns));
  });

  it("finds the neighbours for one step up or down, and none past the edge", () => {
    const column = ["a", "b", "c", "d"];
    expect(neighboursForStep(column, "c", -1)).toEqual({ afterId: "a", beforeId: "b" });
    expect(neighboursForStep(column, "b", -1)).toEqual({ afterId: null, beforeId: "a" });
    expect(neighboursForStep(column, "b", 1)).toEqual({ afterId: "c", beforeId: "d" });
    expect(neighboursForStep(column, "c", 1)).toEqual({ afterId: "d", beforeId: null });
    expect(neighboursForStep(column, "a", -1)).toBeNull();
    expect(neighboursForStep(column, "d", 1)).toBeNull();
    expect(neighboursForStep(column, "z", 1)).toBeNull();
  });
});
