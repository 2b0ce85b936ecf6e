import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { exportAccount } from "@/server/services/portability";
import { refusal } from "@/server/request-guard";

export const dynamic = "force-dynamic";

/** Downloads the signed-in user's whole account as one JSON file (docs/account-export.md). */
export async function GET(req: Request): Promise<Response> {
  // A page on another site must not start the download for a signed-in visitor.
  const site = req.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return refusal(403, "cross-site requests are refused");
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  const document = await exportAccount(await getDb(), actor);
  const day = document.exportedAt.slice(0, 10);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="trajectory-account-${day}.json"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
