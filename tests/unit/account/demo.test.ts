import { describe, expect, it } from "vitest";
import { generateDemoPassword } from "@/server/account/demo";

const GROUP = "[abcdefghjkmnpqrstuvwxyz23456789]{5}";
const FORMAT = new RegExp(`^${GROUP}-${GROUP}-${GROUP}-${GROUP}$`);

describe("generateDemoPassword", () => {
  it("is four groups of five from the unambiguous alphabet", () => {
    for (let i = 0; i < 50; i++) {
      const password = generateDemoPassword();
      expect(password).toMatch(FORMAT);
      expect(password).toHaveLength(23);
      expect(password).not.toMatch(/[ilo01]/);
    }
  });

  it("differs between calls", () => {
    const first = generateDemoPassword();
    const second = generateDemoPassword();
    expect(first).not.toBe(second);
  });

  it("rarely repeats", () => {
    const seen = new Set(Array.from({ length: 200 }, () => generateDemoPassword()));
    expect(seen.size).toBe(200);
  });
});
