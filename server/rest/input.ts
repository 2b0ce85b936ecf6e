import "server-only";
import { MAX_BODY_BYTES } from "@/server/http/request-guard";
import { isQueryParam, type JsonSchema, scalarTypesOf } from "./operations";

/** A refusal made before the router is reached, with its HTTP status. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A query-string value as the input schema expects it: numbers and booleans are not strings in JSON. */
function coerceParam(value: string, schema: unknown): unknown {
  const types = scalarTypesOf(schema) ?? new Set(["string"]);
  if ((types.has("integer") || types.has("number")) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.has("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.has("null") && !types.has("string") && value === "null") return null;
  return value;
}

export function queryInput(url: URL, input: JsonSchema): Record<string, unknown> {
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const values: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const schema = properties[name];
    const all = url.searchParams.getAll(name);
    values[name] =
      schema?.type === "array" && isQueryParam(schema)
        ? all.map((value) => coerceParam(value, schema.items))
        : coerceParam(all[all.length - 1] ?? "", schema);
  }
  return values;
}

/** The body as text, refusing it once it passes the limit (a missing Content-Length cannot slip by). */
async function readBody(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  const tooLarge = () =>
    new RestError(413, "PAYLOAD_TOO_LARGE", `request body is larger than ${MAX_BODY_BYTES} bytes`);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export async function bodyInput(req: Request): Promise<unknown> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new RestError(415, "UNSUPPORTED_MEDIA_TYPE", "send the request body as application/json");
  }
  const text = await readBody(req);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RestError(400, "PARSE_ERROR", "the request body is not valid JSON");
  }
}
