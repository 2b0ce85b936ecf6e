import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES } from "@/server/domain/portability";
import { readLimitedText } from "@/server/services/ladders-upload";
import { importAccount } from "@/server/services/portability";
import { configuredOrigins, contentTypeOf, isCrossSite, refusal } from "@/server/request-guard";

export const dynamic = "force-dynamic";

const BODY_TYPES = new Set(["application/json", "text/plain", "application/octet-stream"]);
const TOO_LARGE = `the file is larger than the limit of ${IMPORT_MAX_MEGABYTES} MB`;

/** POST the export file as the body; `dryRun=0` in the query writes, anything else only reports. */
export async function POST(req: Request): Promise<Response> {
  if (isCrossSite(req, configuredOrigins())) return refusal(403, "cross-site requests are refused");
  if (!BODY_TYPES.has(contentTypeOf(req)))
    return refusal(415, "send the file as application/json, text/plain or application/octet-stream");
  if (Number(req.headers.get("content-length") ?? "0") > IMPORT_MAX_BYTES)
    return refusal(413, TOO_LARGE, { document: [TOO_LARGE] });
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  const content = req.body ? await readLimitedText(req.body, IMPORT_MAX_BYTES) : "";
  if (content === null) return refusal(413, TOO_LARGE, { document: [TOO_LARGE] });
  const dryRun = new URL(req.url).searchParams.get("dryRun") !== "0";
  const result = await importAccount(await getDb(), actor, { document: content, dryRun });
  return Response.json(result, { status: result.ok ? 200 : 422, headers: { "cache-control": "no-store" } });
}
