import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { LADDER_FILE_MAX_BYTES } from "@/server/domain/ladders";
import { importLadder } from "@/server/services/ladders-import";
import { readLimitedText } from "@/server/services/ladders-upload";
import { fieldErrorsFromZod } from "@/server/validators/field-errors";
import { importLadderInput } from "@/server/validators/ladders";

import { configuredOrigins, contentTypeOf, isCrossSite, refusal } from "@/server/request-guard";

export const dynamic = "force-dynamic";

const BODY_TYPES = new Set(["text/plain", "application/octet-stream"]);
const TOO_LARGE = `the file is larger than the limit of ${LADDER_FILE_MAX_BYTES} bytes (10 MB)`;

/** POST the file as the body (text/plain or application/octet-stream); format, fileName and dryRun in the query. */
export async function POST(req: Request): Promise<Response> {
  if (isCrossSite(req, configuredOrigins())) return refusal(403, "cross-site requests are refused");
  const contentType = contentTypeOf(req);
  if (!BODY_TYPES.has(contentType))
    return refusal(415, "send the file as text/plain or application/octet-stream");
  if (Number(req.headers.get("content-length") ?? "0") > LADDER_FILE_MAX_BYTES) {
    return refusal(413, TOO_LARGE, { content: [TOO_LARGE] });
  }
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  const content = req.body ? await readLimitedText(req.body, LADDER_FILE_MAX_BYTES) : "";
  if (content === null) return refusal(413, TOO_LARGE, { content: [TOO_LARGE] });

  const params = new URL(req.url).searchParams;
  const parsed = importLadderInput.safeParse({
    format: params.get("format") ?? "",
    fileName: params.get("fileName") ?? req.headers.get("x-file-name") ?? "",
    content,
    dryRun: params.get("dryRun") !== "0",
  });
  if (!parsed.success) return refusal(400, "check the import", fieldErrorsFromZod(parsed.error));
  const result = await importLadder(await getDb(), actor, parsed.data);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
