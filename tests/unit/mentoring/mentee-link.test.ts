import { describe, expect, it } from "vitest";
import { menteeHref } from "@/lib/mentoring/mentee-link";

const MENTEE = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("menteeHref", () => {
  it("is the reader's own page without a mentee", () => {
    expect(menteeHref("/skills")).toBe("/skills");
    expect(menteeHref("/projects#project-1", null)).toBe("/projects#project-1");
  });

  it("adds the mentee after the path and any query, before the hash", () => {
    expect(menteeHref("/skills", MENTEE)).toBe(`/skills?mentee=${MENTEE}`);
    expect(menteeHref("/levels/pay?ladder=x", MENTEE)).toBe(`/levels/pay?ladder=x&mentee=${MENTEE}`);
    expect(menteeHref("/interviews/a#round-b", MENTEE)).toBe(`/interviews/a?mentee=${MENTEE}#round-b`);
  });

  it("encodes what it is given", () => {
    expect(menteeHref("/skills", "a b&c")).toBe("/skills?mentee=a%20b%26c");
  });
});
