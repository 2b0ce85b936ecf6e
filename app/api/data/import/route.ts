import { IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES } from "@/lib/data/account-file";
import { importAccount } from "@/server/data/import";
import { contentTypeOf, refusal } from "@/server/http/request-guard";
import { signedInRoute } from "@/server/http/route";
import { readLimitedText } from "@/server/http/upload";

export const dynamic = "force-dynamic";

const BODY_TYPES = new Set(["application/json", "text/plain", "application/octet-stream"]);
const TOO_LARGE = `the file is larger than the limit of ${IMPORT_MAX_MEGABYTES} MB`;

/** POST /api/data/import with the export file as the body; `dryRun=0` in the query writes, anything else reports. */
export const POST = signedInRoute(
  "account import",
  async ({ req, db, actor }) => {
    const content = req.body ? await readLimitedText(req.body, IMPORT_MAX_BYTES) : "";
    if (content === null) return refusal(413, TOO_LARGE, { document: [TOO_LARGE] });
    const dryRun = new URL(req.url).searchParams.get("dryRun") !== "0";
    const result = await importAccount(db, actor, { document: content, dryRun });
    return Response.json(result, { status: result.ok ? 200 : 422, headers: { "cache-control": "no-store" } });
  },
  {
    limit: "uploadsPerUser",
    check: (req) => {
      if (!BODY_TYPES.has(contentTypeOf(req)))
        return refusal(415, "send the file as application/json, text/plain or application/octet-stream");
      if (Number(req.headers.get("content-length") ?? "0") > IMPORT_MAX_BYTES)
        return refusal(413, TOO_LARGE, { document: [TOO_LARGE] });
      return null;
    },
  },
);
