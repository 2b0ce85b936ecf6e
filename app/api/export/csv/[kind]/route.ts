import { z } from "zod";
import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { CSV_FILE_NAMES, CSV_KINDS } from "@/server/domain/csv-export";
import { requestLogger } from "@/server/logger";
import { refusal } from "@/server/request-guard";
import { exportCsv } from "@/server/services/csv-export";

export const dynamic = "force-dynamic";

const kindParam = z.enum(CSV_KINDS);

/** GET /api/export/csv/skills|projects|interviews: the signed-in user's spreadsheet as a download. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ kind: string }> },
): Promise<Response> {
  // Another site may link here, but never make the browser fetch the file for it.
  if (req.headers.get("sec-fetch-site") === "cross-site")
    return refusal(403, "cross-site requests are refused");
  const kind = kindParam.safeParse((await params).kind);
  if (!kind.success) {
    const message = `choose one of ${CSV_KINDS.join(", ")}`;
    return refusal(404, message, { kind: [message] });
  }
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  try {
    const csv = await exportCsv(await getDb(), actor, kind.data);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="${CSV_FILE_NAMES[kind.data]}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    requestLogger(req.headers.get("x-request-id") ?? crypto.randomUUID()).error({ err: error }, "csv export");
    return refusal(500, "something went wrong on our side; try again");
  }
}
