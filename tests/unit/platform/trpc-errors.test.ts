import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Conflict, DomainError, Invalid, NotFound, TooManyRequests, Unauthenticated } from "@/lib/errors";
import { fieldErrorsOf, publicMessage, toTRPCError } from "@/server/trpc/errors";

describe("toTRPCError", () => {
  it.each([
    [new NotFound("skill"), "NOT_FOUND"],
    [new Conflict("email is taken", "email"), "CONFLICT"],
    [new Invalid("timeZone", "x"), "BAD_REQUEST"],
    [new Unauthenticated(), "UNAUTHORIZED"],
    [new TooManyRequests(30), "TOO_MANY_REQUESTS"],
    [new DomainError("other"), "BAD_REQUEST"],
  ] as const)("maps %s to %s", (error, code) => {
    const mapped = toTRPCError(error);
    expect(mapped).toBeInstanceOf(TRPCError);
    expect(mapped.code).toBe(code);
    expect(mapped.message).toBe(error.message);
    expect(mapped.cause).toBe(error);
  });
});

describe("fieldErrorsOf", () => {
  it("names the field of an Invalid", () => {
    expect(fieldErrorsOf(new Invalid("timeZone", "x"))).toEqual({ timeZone: ["x"] });
  });

  it("names the field of a Conflict that has one", () => {
    expect(fieldErrorsOf(new Conflict("email is taken", "email"))).toEqual({ email: ["email is taken"] });
    expect(fieldErrorsOf(new Conflict("no field"))).toBeUndefined();
  });

  it("reads a zod error by path", () => {
    const result = z.object({ name: z.string().min(2, "too short") }).safeParse({ name: "a" });
    expect(fieldErrorsOf(result.error)).toEqual({ name: ["too short"] });
  });

  it("has nothing for other causes", () => {
    expect(fieldErrorsOf(new NotFound("skill"))).toBeUndefined();
    expect(fieldErrorsOf(new Error("boom"))).toBeUndefined();
    expect(fieldErrorsOf(undefined)).toBeUndefined();
  });
});

describe("publicMessage", () => {
  it("hides internal errors, including SQL", () => {
    const error = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: "select * from users",
      cause: new Error("select * from users"),
    });
    const message = publicMessage(error);
    expect(message).toBe("something went wrong on our side; try again");
    expect(message.toLowerCase()).not.toContain("select");
  });

  it("hides an internal error whose message comes from its cause", () => {
    const error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("select * from users") });
    expect(error.message).toContain("select");
    expect(publicMessage(error).toLowerCase()).not.toContain("select");
  });

  it("turns a zod error into readable field messages", () => {
    const result = z
      .object({ name: z.string().min(2, "too short"), age: z.number({ error: "a number" }) })
      .safeParse({ name: "a" });
    const error = new TRPCError({ code: "BAD_REQUEST", cause: result.error });
    expect(publicMessage(error)).toBe("name: too short; age: a number");
  });

  it("passes a domain error's message through", () => {
    expect(publicMessage(toTRPCError(new NotFound("skill")))).toBe("skill not found");
  });
});
