import "server-only";
import type { AnyProcedure } from "@trpc/server";
import { z } from "zod";
import type { ProcedureMeta } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";

/** A JSON Schema object as z.toJSONSchema writes it. */
export type JsonSchema = Record<string, unknown>;

// Not trpc-to-openapi: it needs an .output() schema on every procedure and mutates input schemas to coerce.
/** One tRPC procedure as a REST operation under /api/v1. */
export interface RestOperation {
  procedure: string;
  /** `/skills/current` for `skills.current`, relative to the server URL `<app>/api/v1`. */
  path: string;
  method: "GET" | "POST";
  kind: "query" | "mutation";
  /** The input's JSON Schema (what a client sends), or null when the procedure takes none. */
  input: JsonSchema | null;
  meta: ProcedureMeta["openapi"];
  /** Refuses tokens (token management): listed so clients know, answers 403. */
  sessionOnly: boolean;
}

const SCALAR_TYPES = new Set(["string", "number", "integer", "boolean", "null"]);

/** The scalar JSON types a property schema allows, or null when it is not a scalar (or list of them). */
export function scalarTypesOf(schema: unknown): Set<string> | null {
  if (typeof schema !== "object" || schema === null) return null;
  const node = schema as JsonSchema;
  if (Array.isArray(node.anyOf) || Array.isArray(node.oneOf)) {
    const options = (node.anyOf ?? node.oneOf) as unknown[];
    const types = new Set<string>();
    for (const option of options) {
      const inner = scalarTypesOf(option);
      if (!inner) return null;
      inner.forEach((type) => types.add(type));
    }
    return types;
  }
  if (Array.isArray(node.enum))
    return new Set(node.enum.map((value) => (value === null ? "null" : typeof value)));
  if ("const" in node) return new Set([node.const === null ? "null" : typeof node.const]);
  const declared = Array.isArray(node.type) ? node.type : [node.type];
  if (declared.every((type) => typeof type === "string" && SCALAR_TYPES.has(type)))
    return new Set(declared as string[]);
  // An unconstrained schema ({}), e.g. a date or a preprocessed value: sent as a string.
  return Object.keys(node).every((key) => key === "description" || key === "default")
    ? new Set(["string"])
    : null;
}

/** A property that fits in a query string: a scalar, or a list of scalars (repeated parameter). */
export function isQueryParam(schema: unknown): boolean {
  if (scalarTypesOf(schema)) return true;
  const node = schema as JsonSchema;
  return node?.type === "array" && scalarTypesOf(node.items) !== null;
}

/** An object input whose every property is a query parameter; anything else is sent as a JSON body. */
export function fitsQueryString(input: JsonSchema | null): boolean {
  if (!input) return true;
  if (input.type !== "object" || typeof input.properties !== "object" || input.properties === null)
    return false;
  return Object.values(input.properties).every(isQueryParam);
}

/** The input as a client writes it; dates, which JSON lacks, are ISO 8601 strings. */
function inputSchemaOf(parsers: readonly unknown[]): JsonSchema | null {
  const schemas = parsers.filter((parser): parser is z.ZodType => parser instanceof z.ZodType);
  if (schemas.length === 0) return null;
  const [first, ...rest] = schemas;
  const combined = rest.reduce<z.ZodType>((all, next) => z.intersection(all, next), first as z.ZodType);
  const schema = z.toJSONSchema(combined, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date")
        Object.assign(jsonSchema, { type: "string", format: "date-time" });
    },
  }) as JsonSchema;
  delete schema.$schema;
  return schema;
}

function operationFor(procedure: string, definition: AnyProcedure["_def"]): RestOperation {
  const kind = definition.type === "mutation" ? "mutation" : "query";
  const input = inputSchemaOf(definition.inputs);
  const meta = definition.meta as ProcedureMeta | undefined;
  const method = kind === "query" && fitsQueryString(input) ? "GET" : "POST";
  const path = `/${procedure.split(".").join("/")}`;
  return {
    procedure,
    path,
    method,
    kind,
    input,
    meta: meta?.openapi,
    sessionOnly: meta?.sessionOnly === true,
  };
}

let cached: RestOperation[] | undefined;

/** Every procedure of the app router, in path order; computed once per process. */
export function restOperations(): RestOperation[] {
  cached ??= Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>)
    .filter(([, procedure]) => procedure._def.type !== "subscription")
    .filter(([, procedure]) => (procedure._def.meta as ProcedureMeta | undefined)?.internal !== true)
    .map(([path, procedure]) => operationFor(path, procedure._def))
    .sort((a, b) => a.path.localeCompare(b.path));
  return cached;
}

/** The operation at this path below /api/v1 (exact, case-sensitive), whatever its method. */
/** Routers renamed since the API shipped: their old paths keep answering, since API clients rarely follow redirects. */
const RENAMED: Record<string, string> = { "/portability/": "/data/" };

export function restOperationAt(path: string): RestOperation | undefined {
  const renamed = Object.entries(RENAMED).find(([from]) => path.startsWith(from));
  const current = renamed ? renamed[1] + path.slice(renamed[0].length) : path;
  return restOperations().find((operation) => operation.path === current);
}
