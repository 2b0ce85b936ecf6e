import { exportAccount } from "@/server/data/import";
import { download, signedInRoute } from "@/server/http/route";

export const dynamic = "force-dynamic";

/** GET /api/data/export: the signed-in user's whole account as one JSON file (docs/account-export.md). */
export const GET = signedInRoute("account export", async ({ db, actor }) => {
  const document = await exportAccount(db, actor);
  return download(`${JSON.stringify(document, null, 2)}\n`, {
    type: "application/json; charset=utf-8",
    fileName: `trajectory-account-${document.exportedAt.slice(0, 10)}.json`,
  });
});
