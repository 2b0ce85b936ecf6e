import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { appUrlOf, env } from "@/server/env";
import { openApiDocument, REST_PREFIX, summaryOf } from "@/server/rest/openapi";
import { fitsQueryString, restOperations } from "@/server/rest/operations";
import { appRouter } from "@/server/trpc/root";

type Json = Record<string, unknown>;
type Procedure = { _def: { type: string; meta?: { internal?: boolean } } };
const all = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);
// Admin procedures are internal: no token can call them, so the API document leaves them out.
const internal = all.filter(([, procedure]) => procedure._def.meta?.internal).map(([name]) => name);
const procedures = all.filter(([, procedure]) => !procedure._def.meta?.internal);

async function servedDocument(): Promise<Json> {
  const response = GET();
  expect(response.headers.get("content-type")).toContain("application/json");
  return JSON.parse(await response.text()) as Json;
}

/** Every $ref in the document, so each can be checked to point somewhere. */
function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function resolve(document: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

describe("/api/openapi.json", () => {
  it("is an OpenAPI 3 document with the app's URL and a bearer scheme", async () => {
    const document = await servedDocument();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([{ url: `${appUrlOf(env())}${REST_PREFIX}` }]);
    expect(document.components).toMatchObject({
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
    });
  });

  it("lists every procedure of the router, queries as GET and mutations as POST", async () => {
    const paths = (await servedDocument()).paths as Record<string, Record<string, Json>>;
    expect(procedures.length).toBeGreaterThan(50);
    for (const [name, procedure] of procedures) {
      const operations = paths[`/${name.split(".").join("/")}`];
      expect(operations, name).toBeDefined();
      const [method, operation] = Object.entries(operations ?? {})[0] ?? [];
      expect(operation?.["x-trpc-procedure"]).toBe(name);
      if (procedure._def.type === "mutation") expect(method, name).toBe("post");
      expect(["get", "post"]).toContain(method);
    }
    expect(Object.keys(paths)).toHaveLength(procedures.length);
    expect(internal.length).toBeGreaterThan(0);
    for (const name of internal) expect(paths[`/${name.split(".").join("/")}`], name).toBeUndefined();
  });

  it("asks for the bearer token on every operation and documents the error statuses", async () => {
    const document = await servedDocument();
    for (const operations of Object.values(document.paths as Record<string, Record<string, Json>>)) {
      for (const operation of Object.values(operations)) {
        expect(operation.security).toEqual([{ bearerAuth: [] }]);
        expect(Object.keys(operation.responses as Json)).toEqual(
          expect.arrayContaining(["200", "401", "403", "404"]),
        );
      }
    }
  });

  it("has no dangling references", async () => {
    const document = await servedDocument();
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolve(document, ref), ref).toBeDefined();
  });

  it("describes inputs: query parameters for flat queries, a JSON body otherwise", () => {
    const document = openApiDocument("https://example.com");
    const paths = document.paths as Record<string, Record<string, Json>>;
    expect(paths["/projects/list"]?.get?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "limit",
          in: "query",
          schema: expect.objectContaining({ type: "integer" }),
        }),
      ]),
    );
    expect(paths["/skills/addSkill"]?.post?.requestBody).toMatchObject({
      content: { "application/json": { schema: { type: "object", required: ["name", "kind"] } } },
    });
    expect(paths["/apiTokens/create"]?.post?.description).toContain("Refused with a token");
    for (const operation of restOperations()) {
      if (operation.method === "GET")
        expect(fitsQueryString(operation.input), operation.procedure).toBe(true);
    }
  });

  it("decides GET or POST from the input's shape", () => {
    expect(fitsQueryString(null)).toBe(true);
    expect(
      fitsQueryString({ type: "object", properties: { ids: { type: "array", items: { type: "string" } } } }),
    ).toBe(true);
    expect(
      fitsQueryString({ type: "object", properties: { filter: { type: "object", properties: {} } } }),
    ).toBe(false);
    expect(fitsQueryString({ anyOf: [{ type: "object" }, { type: "string" }] })).toBe(false);
  });
});

it("summarises a procedure from its name", () => {
  expect(summaryOf("skills.addSkill")).toBe("Skills: add skill");
  expect(summaryOf("projects.outcomes.add")).toBe("Projects: outcomes add");
});
