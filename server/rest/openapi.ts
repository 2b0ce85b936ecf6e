import "server-only";
import { READ_ONLY_TOKEN_MESSAGE } from "@/server/trpc/init";
import { type JsonSchema, type RestOperation, restOperations } from "./operations";

export const REST_PREFIX = "/api/v1";
export const OPENAPI_PATH = "/api/openapi.json";

const DESCRIPTION = `Every tRPC procedure of Trajectory as plain HTTP: queries are GET with query parameters,
mutations are POST with a JSON body. Inputs are checked by the same rules as the app and you see exactly
what you see when signed in (another user's rows answer 404).

Authenticate with a personal access token from Settings → API tokens: \`Authorization: Bearer trj_…\`.
A read token may call GET operations only; a read and write token may call everything except token
management, which needs a signed-in browser. "Sign out of all devices" does not revoke tokens: revoke
them in Settings → API tokens. Deleting the account deletes its tokens.

Errors are JSON \`{ "error": { "code", "message", "fieldErrors"? } }\`: 400 invalid input (fieldErrors
per dotted field path), 401 missing, unknown or revoked token, 403 not allowed with this token,
404 not found (or not yours), 409 conflict, 413 body too large, 415 not JSON, 429 too many requests
(see Retry-After). Dates are ISO 8601 strings.`;

const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["BAD_REQUEST"] },
        message: { type: "string" },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const ERROR_RESPONSES: Record<string, string> = {
  "400": "Invalid input: `fieldErrors` names each field",
  "401": "No token, or an unknown or revoked one",
  "403": "Not allowed with this token",
  "404": "Not found, or not yours",
  "409": "Conflicts with existing data",
  "413": "The request body is too large",
  "415": "The request body is not application/json",
  "429": "Too many requests; wait for Retry-After seconds",
  "500": "Something went wrong on our side",
};

const errorRef = (status: string) => ({ $ref: `#/components/responses/Error${status}` });

function statusesOf(operation: RestOperation): string[] {
  const statuses = ["401", "403", "404", "429", "500"];
  if (operation.input) statuses.push("400");
  if (operation.method === "POST") statuses.push("413", "415");
  if (operation.kind === "mutation") statuses.push("409");
  return statuses.sort();
}

function describe(operation: RestOperation): string {
  const access = operation.sessionOnly
    ? "Refused with a token (403): manage tokens in Settings → API tokens while signed in."
    : operation.kind === "query"
      ? "Read and read-and-write tokens."
      : `Read-and-write tokens only (a read token gets 403: "${READ_ONLY_TOKEN_MESSAGE}").`;
  const own = operation.meta?.description ? `${operation.meta.description}\n\n` : "";
  return `${own}tRPC ${operation.kind} \`${operation.procedure}\`. ${access}`;
}

/** "skills.addSkill" → "Skills: add skill", unless the procedure's meta gives a summary. */
export function summaryOf(procedure: string): string {
  const [area = "", ...rest] = procedure
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
  return `${area.charAt(0).toUpperCase()}${area.slice(1)}: ${rest.join(" ")}`;
}

function parametersOf(input: JsonSchema): JsonSchema[] {
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(input.required) ? input.required : []);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
    ...(schema.type === "array" ? { style: "form", explode: true } : {}),
  }));
}

function operationObject(operation: RestOperation): JsonSchema {
  const responses: JsonSchema = {
    "200": {
      description: "The procedure's result as JSON",
      content: { "application/json": { schema: {} } },
    },
  };
  for (const status of statusesOf(operation)) responses[status] = errorRef(status);
  const input = operation.input;
  return {
    operationId: operation.procedure,
    tags: [operation.procedure.split(".")[0]],
    summary: operation.meta?.summary ?? summaryOf(operation.procedure),
    description: describe(operation),
    security: [{ bearerAuth: [] }],
    "x-trpc-procedure": operation.procedure,
    "x-trpc-type": operation.kind,
    ...(input && operation.method === "GET" ? { parameters: parametersOf(input) } : {}),
    ...(input && operation.method === "POST"
      ? { requestBody: { required: true, content: { "application/json": { schema: input } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every procedure, served by /api/openapi.json. */
export function openApiDocument(appUrl: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const operation of restOperations()) {
    paths[operation.path] = { [operation.method.toLowerCase()]: operationObject(operation) };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Trajectory API", version: "1", description: DESCRIPTION },
    servers: [{ url: `${appUrl}${REST_PREFIX}` }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "trj_ personal access token",
          description: "Create one in Settings → API tokens; it is shown once.",
        },
      },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, description]) => [
          `Error${status}`,
          {
            description,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        ]),
      ),
    },
  };
}
