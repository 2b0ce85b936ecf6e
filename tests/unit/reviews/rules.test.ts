import { describe, expect, it } from "vitest";
import {
  closeProblem,
  displayName,
  earliestDueOn,
  groupThreads,
  needsSubjectId,
  scopesCover,
} from "@/lib/reviews/rules";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { commentInput, endorseInput, requestReviewInput, threadInput } from "@/lib/reviews/inputs";

const ID = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("review rules", () => {
  it("only the profile goes without an item", () => {
    expect(needsSubjectId("profile")).toBe(false);
    expect(["skill", "project", "round"].every((s) => needsSubjectId(s as "skill"))).toBe(true);
  });

  it("each subject needs its section's scope; the profile needs none", () => {
    expect(scopesCover(["skills"], "skill")).toBe(true);
    expect(scopesCover(["skills"], "project")).toBe(false);
    expect(scopesCover(["interviews"], "round")).toBe(true);
    expect(scopesCover(["companies"], "round")).toBe(false);
    expect(scopesCover([], "profile")).toBe(true);
  });

  it("the mentor marks done, only the mentee cancels", () => {
    expect(closeProblem("mentor", "done")).toBeNull();
    expect(closeProblem("mentor", "cancelled")).toMatch(/only the mentee/);
    expect(closeProblem("mentee", "cancelled")).toBeNull();
    expect(closeProblem("mentee", "done")).toBeNull();
  });

  it("a due date may be yesterday in UTC, for time zones behind it", () => {
    expect(earliestDueOn(new Date("2026-03-01T10:00:00Z"))).toBe("2026-02-28");
  });

  it("a user without a name still gets a label", () => {
    expect(displayName(null)).toBe("Someone");
    expect(displayName("  ")).toBe("Someone");
    expect(displayName(" Mia ")).toBe("Mia");
  });

  it("groups comments per mentorship, oldest first, marking the viewer's own", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    const threads = groupThreads(
      [
        { mentorshipId: "a", mentorName: "Max" },
        { mentorshipId: "b", mentorName: null },
      ],
      [
        { id: "2", mentorshipId: "a", authorId: "me", authorName: "Mia", body: "reply", createdAt: at(2) },
        { id: "1", mentorshipId: "a", authorId: "max", authorName: "Max", body: "first", createdAt: at(1) },
      ],
      "me",
    );
    expect(threads).toEqual([
      {
        mentorshipId: "a",
        mentorName: "Max",
        comments: [
          { id: "1", authorId: "max", authorName: "Max", body: "first", createdAt: at(1), mine: false },
          { id: "2", authorId: "me", authorName: "Mia", body: "reply", createdAt: at(2), mine: true },
        ],
      },
      { mentorshipId: "b", mentorName: "Someone", comments: [] },
    ]);
  });
});

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrorsFromZod>[0] }) =>
  result.error ? fieldErrorsFromZod(result.error) : {};

describe("review validators", () => {
  it("a thread on a skill, project or round names it; the profile has none", () => {
    expect(errorsOf(threadInput.safeParse({ subjectType: "skill" }))).toHaveProperty("subjectId");
    expect(errorsOf(threadInput.safeParse({ subjectType: "profile", subjectId: ID }))).toHaveProperty(
      "subjectId",
    );
    expect(threadInput.safeParse({ subjectType: "profile" }).success).toBe(true);
    expect(errorsOf(threadInput.safeParse({ subjectType: "salary", subjectId: ID }))).toHaveProperty(
      "subjectType",
    );
  });

  it("a comment is trimmed, 1 to 10,000 characters, and names the mentee or the thread", () => {
    const base = { subjectType: "profile", menteeId: ID };
    expect(commentInput.parse({ ...base, body: "  hi  " }).body).toBe("hi");
    expect(errorsOf(commentInput.safeParse({ ...base, body: " \n " }))).toEqual({
      body: ["write a comment"],
    });
    expect(errorsOf(commentInput.safeParse({ ...base, body: "x".repeat(10_001) }))).toHaveProperty("body");
    expect(commentInput.safeParse({ ...base, body: "x".repeat(10_000) }).success).toBe(true);
    expect(errorsOf(commentInput.safeParse({ subjectType: "profile", body: "hi" }))).toHaveProperty(
      "mentorshipId",
    );
    expect(errorsOf(commentInput.safeParse({ ...base, mentorshipId: OTHER, body: "hi" }))).toHaveProperty(
      "mentorshipId",
    );
  });

  it("a review request is due today or later", () => {
    const base = { mentorshipId: ID, subjectType: "profile" };
    expect(requestReviewInput.safeParse({ ...base, dueOn: day(0) }).success).toBe(true);
    expect(errorsOf(requestReviewInput.safeParse({ ...base, dueOn: day(-2) }))).toEqual({
      dueOn: ["use a date that is not in the past"],
    });
    expect(errorsOf(requestReviewInput.safeParse({ ...base, dueOn: "tomorrow" }))).toEqual({
      dueOn: ["use the form YYYY-MM-DD"],
    });
    expect(requestReviewInput.parse({ ...base, dueOn: day(1), note: "  " }).note).toBeNull();
  });

  it("an endorsement is a level 1 to 5 on a past date for a named mentee", () => {
    const base = { menteeId: ID, skillId: OTHER, level: 3, assessedOn: day(-1) };
    expect(endorseInput.safeParse(base).success).toBe(true);
    expect(errorsOf(endorseInput.safeParse({ ...base, level: 6 }))).toHaveProperty("level");
    expect(errorsOf(endorseInput.safeParse({ ...base, level: 0 }))).toHaveProperty("level");
    expect(errorsOf(endorseInput.safeParse({ ...base, assessedOn: day(3) }))).toHaveProperty("assessedOn");
    expect(errorsOf(endorseInput.safeParse({ ...base, menteeId: undefined }))).toHaveProperty("menteeId");
  });
});
