import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { EXPERIENCE_LEVELS } from "@/lib/salaries/bands";
import { importSalariesInput } from "@/lib/salaries/inputs";
import { MAX_IMPORT_BYTES } from "@/lib/salaries/survey-csv";
import { contentTypeOf, refusal } from "@/server/http/request-guard";
import { signedInRoute } from "@/server/http/route";
import { importSalaries } from "@/server/salaries/import";

export const dynamic = "force-dynamic";

const CSV_TYPES = new Set(["text/csv", "application/octet-stream"]);
const TOO_LARGE = `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

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
export const POST = signedInRoute(
  "salary import",
  async ({ req, db, actor }) => {
    const parsed = inputOf(new URL(req.url));
    if (!parsed.success) return refusal(400, "check the import options", fieldErrorsFromZod(parsed.error));
    if (!req.body) return refusal(400, "the file is empty", { file: ["the file is empty"] });

    const body = Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>);
    const result = await importSalaries(db, actor, parsed.data, body);
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  },
  {
    limit: "uploadsPerUser",
    check: (req) => {
      if (!CSV_TYPES.has(contentTypeOf(req)))
        return refusal(415, "send the file as text/csv or application/octet-stream");
      if (Number(req.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES)
        return refusal(413, TOO_LARGE, { file: [TOO_LARGE] });
      return null;
    },
  },
);
