import { describe, expect, it } from "vitest";
import { companyPlaceholder, letterCode, revealCompany } from "@/lib/mentoring/masking";

describe("letterCode", () => {
  it("counts A to Z, then AA, AB… like spreadsheet columns", () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(letterCode)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("treats anything below 1 as the first", () => {
    expect(letterCode(0)).toBe("A");
    expect(letterCode(-4)).toBe("A");
  });
});

describe("revealCompany", () => {
  it("keeps a shown company and drops the ordinal", () => {
    expect(revealCompany({ id: "1", company: "Globex", companyOrdinal: 3 })).toEqual({
      id: "1",
      company: "Globex",
      companyHidden: false,
    });
  });

  it("names a hidden company by its ordinal, the same way every time", () => {
    const hidden = { id: "2", company: null, companyOrdinal: 2 };
    expect(revealCompany(hidden)).toEqual({ id: "2", company: "Company B", companyHidden: true });
    expect(revealCompany(hidden)).toEqual(revealCompany({ ...hidden }));
    expect(companyPlaceholder(28)).toBe("Company AB");
  });
});
