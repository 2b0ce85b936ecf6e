import { z } from "zod";
import { CSV_FILE_NAMES, CSV_KINDS } from "@/lib/data/csv";
import { exportCsv } from "@/server/data/csv";
import { refusal } from "@/server/http/request-guard";
import { download, signedInRoute } from "@/server/http/route";

export const dynamic = "force-dynamic";

const kindParam = z.enum(CSV_KINDS);

/** GET /api/data/csv/skills|projects|interviews: the signed-in user's spreadsheet as a download. */
export const GET = signedInRoute<{ kind: string }>(
  "csv export",
  async ({ db, actor, params }) => {
    const kind = kindParam.parse(params.kind);
    return download(await exportCsv(db, actor, kind), {
      type: "text/csv; charset=utf-8; header=present",
      fileName: CSV_FILE_NAMES[kind],
    });
  },
  {
    check: (_req, params) => {
      if (kindParam.safeParse(params.kind).success) return null;
      const message = `choose one of ${CSV_KINDS.join(", ")}`;
      return refusal(404, message, { kind: [message] });
    },
  },
);
