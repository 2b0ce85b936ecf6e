import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type ApplicationRecord, interviewsCsv, interviewsHeader } from "@/lib/data/csv-interviews";

const rowsOf = (csv: string): string[][] => parse(csv, { bom: true });

const TRICKY = 'Café "crème", naïve\r\nsecond line, and a comma';

describe("interviewsCsv", () => {
  const application: ApplicationRecord = {
    company: "Acme",
    role: "Backend engineer",
    levelApplied: "Senior",
    channel: "Referral",
    appliedOn: "2026-02-01",
    status: "offer",
    offerBaseMinor: 14500050,
    offerBonusMinor: null,
    offerEquityMinor: null,
    offerCurrency: "EUR",
    currencyDigits: 2,
    levelOffered: null,
    notes: "@mention",
    rounds: [],
  };

  it("repeats the application on each round, keeps an application without rounds, and shows money in major units", () => {
    const round = {
      stage: "phone-screen",
      scheduledAt: "2026-02-03 09:30",
      outcome: "failed",
      selfRating: 2,
      feedback: TRICKY,
      feedbackRequested: true,
      failureReasons: ["Nerves", "Time"],
      competencies: ["APIs"],
      followUpOn: "2026-02-10",
    };
    const csv = interviewsCsv(
      [
        application,
        {
          ...application,
          company: "Yen Co",
          offerBaseMinor: 5000000,
          offerCurrency: "JPY",
          currencyDigits: 0,
          rounds: [round],
        },
      ],
      "Europe/Paris",
    );
    const apps = (company: string, base: string, currency: string) => [
      company,
      "Backend engineer",
      "Senior",
      "Referral",
      "2026-02-01",
      "offer",
      base,
      "",
      "",
      currency,
      "",
      "'@mention",
    ];
    expect(rowsOf(csv)).toEqual([
      interviewsHeader("Europe/Paris"),
      [...apps("Acme", "145000.50", "EUR"), "", "", "", "", "", "", "", "", ""],
      [
        ...apps("Yen Co", "5000000", "JPY"),
        "Phone screen",
        "2026-02-03 09:30",
        "failed",
        "2",
        TRICKY,
        "yes",
        "Nerves; Time",
        "APIs",
        "2026-02-10",
      ],
    ]);
    expect(interviewsHeader("Europe/Paris")).toContain("round scheduled at (Europe/Paris)");
  });
});
