import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildFeed, feedWindow, type FeedRound } from "@/lib/calendar/feed";
import { feedTokenParam } from "@/lib/calendar/inputs";

const round: FeedRound = {
  id: "r1",
  applicationId: "a1",
  company: "Acme",
  role: "Engineer",
  stage: "phone-screen",
  scheduledAt: new Date("2026-12-01T14:30:00Z"),
  followUpOn: "2026-12-04",
  outcome: "pending",
  updatedAt: new Date("2026-11-01T00:00:00Z"),
};

describe("calendar domain", () => {
  it("starts the window thirty days back, by instant and by the owner's day", () => {
    expect(feedWindow(new Date("2026-03-31T10:00:00Z"), "2026-03-31")).toEqual({
      since: new Date("2026-03-01T10:00:00Z"),
      sinceDay: "2026-03-01",
    });
  });

  it("writes a timed round, an all-day follow-up and marks cancelled rounds", () => {
    const text = buildFeed(
      [round, { ...round, id: "r2", outcome: "cancelled", followUpOn: null }],
      "https://t.example",
      new Date("2026-11-30T00:00:00Z"),
    );
    expect(text).toContain("DTSTART:20261201T143000Z");
    expect(text).toContain("DTEND:20261201T153000Z");
    expect(text).toContain("DTSTART;VALUE=DATE:20261204");
    expect(text).toContain("DTSTAMP:20261130T000000Z");
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(
      events.map((event) => [event.getFirstPropertyValue("uid"), event.getFirstPropertyValue("status")]),
    ).toEqual([
      ["round-r1@trajectory", "CONFIRMED"],
      ["follow-up-r1@trajectory", null],
      ["round-r2@trajectory", "CANCELLED"],
    ]);
  });

  it("accepts a token with or without .ics and refuses anything else", () => {
    const token = "a".repeat(43);
    expect(feedTokenParam.parse(token)).toBe(token);
    expect(feedTokenParam.parse(`${token}.ics`)).toBe(token);
    for (const bad of ["", "a".repeat(42), `${"a".repeat(43)}.ical`, `${"a".repeat(42)}/`]) {
      const result = feedTokenParam.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("not a calendar feed token");
    }
  });
});
