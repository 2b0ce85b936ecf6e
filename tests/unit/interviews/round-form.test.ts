import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import {
  addRoundForm,
  editRoundForm,
  OTHER_STAGE,
  roundFormValues,
  type RoundFormValues,
  unchangedSince,
} from "@/lib/interviews/round-form";

const APPLICATION = "5b3c2a1e-7f7d-4c43-9a55-0f8f6b6f2d11";
const ROUND = "0d7b3f0c-2a59-4a3e-8e0a-3f3f7c9f1b22";
const SKILL = "6f1e2d3c-4b5a-4968-8776-655443322110";
const BERLIN = "Europe/Berlin";

const blank = roundFormValues(undefined, BERLIN);
const form = (values: Partial<RoundFormValues>, timeZone = BERLIN) =>
  addRoundForm(timeZone, APPLICATION).safeParse({ ...blank, ...values });
const errorsOf = (values: Partial<RoundFormValues>) => {
  const parsed = form(values);
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe("the round form", () => {
  it("starts as a pending phone screen and becomes the addRound input", () => {
    expect(form({}).data).toEqual({
      applicationId: APPLICATION,
      stage: "phone-screen",
      scheduledAt: null,
      outcome: "pending",
      selfRating: null,
      feedback: null,
      feedbackRequested: false,
      failureReasons: [],
      competencyIds: [],
      followUpOn: null,
    });
  });

  it("reads the time in the user's zone, the rating as a number and the reasons one per line", () => {
    const parsed = form({
      scheduledAt: "2026-01-10T10:00",
      outcome: "failed",
      selfRating: "4",
      feedback: "Too slow on the second task.",
      feedbackRequested: true,
      failureReasons: ["poor-problem-solving"],
      ownReasons: "Nervous\n\n  \nRan out of time\n",
      competencyIds: [SKILL],
      followUpOn: "2026-01-17",
    });
    expect(parsed.data).toMatchObject({
      scheduledAt: new Date("2026-01-10T09:00:00Z"),
      selfRating: 4,
      feedback: "Too slow on the second task.",
      feedbackRequested: true,
      failureReasons: ["poor-problem-solving", "Nervous", "Ran out of time"],
      competencyIds: [SKILL],
      followUpOn: "2026-01-17",
    });
    expect(form({ scheduledAt: "2026-01-10T10:00" }, "America/New_York").data?.scheduledAt).toEqual(
      new Date("2026-01-10T15:00:00Z"),
    );
  });

  it("follows the zone's clock change: the same local noon is an hour apart across it", () => {
    const noon = (day: string) => form({ scheduledAt: `${day}T12:00` }).data?.scheduledAt;
    expect(noon("2026-03-28")).toEqual(new Date("2026-03-28T11:00:00Z"));
    expect(noon("2026-03-29")).toEqual(new Date("2026-03-29T10:00:00Z"));
    // 02:30 does not happen in Berlin that night: it is read as the instant the clocks show 03:30.
    expect(form({ scheduledAt: "2026-03-29T02:30" }).data?.scheduledAt).toEqual(
      new Date("2026-03-29T01:30:00Z"),
    );
  });

  it("takes the stage typed beside Other…", () => {
    expect(form({ stage: OTHER_STAGE, stageOther: "Pair programming" }).data?.stage).toBe("Pair programming");
    expect(form({ stage: OTHER_STAGE, stageOther: " system design " }).data?.stage).toBe("system-design");
    expect(errorsOf({ stage: OTHER_STAGE, stageOther: "  " })).toEqual({
      stage: ["choose a stage or name your own"],
    });
    expect(errorsOf({ stage: OTHER_STAGE, stageOther: "x".repeat(61) })).toEqual({
      stage: ["use at most 60 characters"],
    });
  });

  it("drops the reasons unless the round failed", () => {
    expect(
      form({ outcome: "passed", failureReasons: ["poor-problem-solving"], ownReasons: "Late" }).data,
    ).toMatchObject({ outcome: "passed", failureReasons: [] });
  });

  it("puts each problem on the procedure's field, in its words", () => {
    expect(errorsOf({ scheduledAt: "next Tuesday" })).toEqual({ scheduledAt: ["enter a date and time"] });
    expect(errorsOf({ scheduledAt: "1969-12-31T10:00" })).toEqual({
      scheduledAt: ["use a date from 1970 on"],
    });
    expect(errorsOf({ selfRating: "6" })).toEqual({ selfRating: ["choose a rating from 1 to 5"] });
    expect(errorsOf({ followUpOn: "2026-02-30" })).toEqual({ followUpOn: ["not a real date"] });
    expect(errorsOf({ outcome: "failed", ownReasons: "x".repeat(101) })).toEqual({
      "failureReasons.0": ["use at most 100 characters"],
    });
    expect(errorsOf({ competencyIds: ["nope"] })).toEqual({ "competencyIds.0": ["not a valid id"] });
    expect(errorsOf({ outcome: "maybe" as RoundFormValues["outcome"] })).toEqual({
      outcome: ["choose an outcome"],
    });
  });

  it("edits a saved round: its values come back as typed, and the update carries its id", () => {
    const saved = {
      stage: "pair programming",
      scheduledAt: new Date("2026-07-01T08:30:00Z"),
      outcome: "failed" as const,
      selfRating: 2,
      feedback: null,
      feedbackRequested: true,
      failureReasons: ["unclear-communication", "nervous"],
      competencies: [{ id: SKILL }],
      followUpOn: null,
    };
    const values = roundFormValues(saved, BERLIN);
    expect(values).toEqual({
      stage: OTHER_STAGE,
      stageOther: "pair programming",
      scheduledAt: "2026-07-01T10:30",
      outcome: "failed",
      selfRating: "2",
      feedback: "",
      feedbackRequested: true,
      failureReasons: ["unclear-communication"],
      ownReasons: "nervous",
      competencyIds: [SKILL],
      followUpOn: "",
    });
    expect(editRoundForm(BERLIN, ROUND).parse(values)).toEqual({
      id: ROUND,
      stage: "pair programming",
      scheduledAt: saved.scheduledAt,
      outcome: "failed",
      selfRating: 2,
      feedback: null,
      feedbackRequested: true,
      failureReasons: ["unclear-communication", "nervous"],
      competencyIds: [SKILL],
      followUpOn: null,
    });
  });
});

describe("after a save", () => {
  it("resets only the fields that still hold what was submitted", () => {
    const submitted = { ...blank, stage: "onsite", outcome: "passed" as const, feedback: "Good." };
    const typedSince = { ...submitted, stage: "behavioral", competencyIds: [SKILL] };
    expect(unchangedSince(submitted, typedSince).sort()).toEqual(
      Object.keys(blank)
        .filter((key) => key !== "stage" && key !== "competencyIds")
        .sort(),
    );
    expect(unchangedSince(submitted, submitted)).toHaveLength(Object.keys(blank).length);
  });
});
