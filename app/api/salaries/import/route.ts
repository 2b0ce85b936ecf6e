import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { MAX_IMPORT_BYTES } from "@/server/domain/salaries-csv";
import { DomainError, Invalid, NotFound } from "@/server/errors";
import { requestLogger } from "@/server/logger";
import { importSalaries } from "@/server/services/salaries-import";
import { EXPERIENCE_LEVELS } from "@/server/domain/salaries";
import { fieldErrorsFromZod } from "@/server/validators/field-errors";
import { importSalariesInput } from "@/server/validators/salaries";

import { configuredOrigins, contentTypeOf, isCrossSite, refusal } from "@/server/request-guard";

export const dynamic = "force-dynamic";

const CSV_TYPES = new Set(["text/csv", "application/octet-stream"]);

function inputOf(url: URL) {
  const params = url.searchParams;
  const levelMapping = Object.fromEntries(
    EXPERIENCE_LEVELS.flatMap((code) => {
      const value = params.get(`map${code}`);
      return value ? [[code, value]] : [];
    }),
  );
  return importSalariesInput.safeParse({
    ladderId: params.get("ladderId") ?? "",
    fileName: params.get("fileName") ?? "",
    source: params.get("source") ?? undefined,
    licence: params.get("licence") ?? undefined,
    dryRun: params.get("dryRun") === "1",
    levelMapping,
  });
}

/** POST the CSV as the body; options in the query string. Streams the body, never buffers it. */
export async function POST(req: Request): Promise<Response> {
  if (isCrossSite(req, configuredOrigins())) return refusal(403, "cross-site requests are refused");
  const contentType = contentTypeOf(req);
  if (!CSV_TYPES.has(contentType))
    return refusal(415, "send the file as text/csv or application/octet-stream");
  if (Number(req.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES) {
    return refusal(413, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, {
      file: [`the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`],
    });
  }
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  const db = await getDb();

  const parsed = inputOf(new URL(req.url));
  if (!parsed.success) return refusal(400, "check the import options", fieldErrorsFromZod(parsed.error));
  if (!req.body) return refusal(400, "the file is empty", { file: ["the file is empty"] });

  const body = Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>);
  try {
    const result = await importSalaries(db, actor, parsed.data, body);
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof Invalid) return refusal(400, error.message, { [error.field]: [error.message] });
    if (error instanceof NotFound) return refusal(404, error.message);
    if (error instanceof DomainError) return refusal(400, error.message);
    requestLogger(req.headers.get("x-request-id") ?? crypto.randomUUID()).error(
      { err: error },
      "salary import",
    );
    return refusal(500, "something went wrong on our side; try again");
  }
}
