import { describe, expect, it } from "vitest";
import { commonPasswordCount, isCommonPassword } from "@/server/account/common-passwords";

describe("common passwords", () => {
  it("holds at least 1000 entries", () => {
    expect(commonPasswordCount).toBeGreaterThanOrEqual(1000);
  });

  it("knows the classics", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("12345678")).toBe(true);
  });

  it("ignores case", () => {
    expect(isCommonPassword("PASSWORD")).toBe(true);
    expect(isCommonPassword("PassWord")).toBe(true);
  });

  it("does not flag a random long string", () => {
    expect(isCommonPassword("x7Qp!vR2-mZk9#Lw4tYb-8sHn")).toBe(false);
  });
});
