import { fieldErrorsFromZod } from "@/lib/field-errors";
import { importLadderInput } from "@/lib/ladders/inputs";
import { LADDER_FILE_MAX_BYTES } from "@/lib/ladders/ladder";
import { contentTypeOf, refusal } from "@/server/http/request-guard";
import { signedInRoute } from "@/server/http/route";
import { readLimitedText } from "@/server/http/upload";
import { importLadder } from "@/server/ladders/import";

export const dynamic = "force-dynamic";

const BODY_TYPES = new Set(["text/plain", "application/octet-stream"]);
const TOO_LARGE = `the file is larger than the limit of ${LADDER_FILE_MAX_BYTES} bytes (10 MB)`;

/** POST the file as the body (text/plain or application/octet-stream); format, fileName and dryRun in the query. */
export const POST = signedInRoute(
  "ladder import",
  async ({ req, db, actor }) => {
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
    const result = await importLadder(db, actor, parsed.data);
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  },
  {
    limit: "uploadsPerUser",
    check: (req) => {
      if (!BODY_TYPES.has(contentTypeOf(req)))
        return refusal(415, "send the file as text/plain or application/octet-stream");
      if (Number(req.headers.get("content-length") ?? "0") > LADDER_FILE_MAX_BYTES)
        return refusal(413, TOO_LARGE, { content: [TOO_LARGE] });
      return null;
    },
  },
);
