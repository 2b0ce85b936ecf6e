import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZod } from "@/lib/field-errors";

function failure(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return result.error;
}

describe("fieldErrorsFromZod", () => {
  it("keys messages by top-level field", () => {
    const schema = z.object({ name: z.string().min(2, "too short") });
    expect(fieldErrorsFromZod(failure(schema, { name: "a" }))).toEqual({ name: ["too short"] });
  });

  it("joins nested paths with dots, including array indexes", () => {
    const schema = z.object({
      profile: z.object({ links: z.array(z.url("bad link")) }),
    });
    const errors = fieldErrorsFromZod(
      failure(schema, { profile: { links: ["https://ok.example", "nope"] } }),
    );
    expect(errors).toEqual({ "profile.links.1": ["bad link"] });
  });

  it("uses _form for issues on the root", () => {
    const schema = z
      .object({ a: z.string(), b: z.string() })
      .refine((value) => value.a === value.b, { error: "must match" });
    expect(fieldErrorsFromZod(failure(schema, { a: "x", b: "y" }))).toEqual({ _form: ["must match"] });
  });

  it("collects several messages for one field in order", () => {
    const schema = z.object({
      code: z.string().min(3, "too short").regex(/^\d+$/, "digits only"),
    });
    expect(fieldErrorsFromZod(failure(schema, { code: "a" }))).toEqual({
      code: ["too short", "digits only"],
    });
  });

  it("keeps separate fields apart", () => {
    const schema = z.object({ a: z.string({ error: "a missing" }), b: z.number({ error: "b missing" }) });
    expect(fieldErrorsFromZod(failure(schema, {}))).toEqual({ a: ["a missing"], b: ["b missing"] });
  });
});
