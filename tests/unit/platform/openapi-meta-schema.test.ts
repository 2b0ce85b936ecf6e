import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";

type Document = { paths: Record<string, Record<string, Record<string, unknown>>> };

const served = async () => (await GET().json()) as Document;

/** The OpenAPI Initiative's JSON Schema for 3.1, through a validator tested on thousands of real APIs. */
async function check(document: unknown) {
  const validator = new Validator();
  const result = await validator.validate(document as Record<string, unknown>);
  return { ...result, version: validator.version };
}

describe("/api/openapi.json against the official OpenAPI schema", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await check(await served());
    expect(result.errors ?? []).toEqual([]);
    expect(result).toMatchObject({ valid: true, version: "3.1" });
  });

  it("a broken operation is caught, so the check above can fail", async () => {
    const document = await served();
    const [first] = Object.values(document.paths);
    const operation = first && Object.values(first)[0];
    if (!operation) throw new Error("the document has no operation");
    operation.parameters = [{ name: "x", in: "nowhere" }];
    expect((await check(document)).valid).toBe(false);
  });
});
