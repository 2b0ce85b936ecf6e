import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/app/(auth)/_components/form-state";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/settings")).toBe("/settings");
    expect(safeCallbackUrl("/projects/1?tab=notes#top")).toBe("/projects/1?tab=notes#top");
  });

  it("refuses protocol-relative URLs", () => {
    expect(safeCallbackUrl("//evil.com")).toBe("/dashboard");
  });

  it("refuses absolute URLs", () => {
    expect(safeCallbackUrl("https://evil.com")).toBe("/dashboard");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/dashboard");
  });

  it("refuses backslash tricks that browsers read as //", () => {
    expect(safeCallbackUrl("/\\evil.com")).toBe("/dashboard");
  });

  it("falls back for empty and missing values", () => {
    expect(safeCallbackUrl(null)).toBe("/dashboard");
    expect(safeCallbackUrl(undefined)).toBe("/dashboard");
    expect(safeCallbackUrl("")).toBe("/dashboard");
  });

  it("falls back for a file upload from a form", () => {
    expect(safeCallbackUrl(new File(["/settings"], "x.txt"))).toBe("/dashboard");
  });

  it("reads a string taken from FormData", () => {
    const form = new FormData();
    form.set("callbackUrl", "/levels");
    expect(safeCallbackUrl(form.get("callbackUrl"))).toBe("/levels");
  });
});
