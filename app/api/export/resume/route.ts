import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { requestLogger } from "@/server/logger";
import { refusal } from "@/server/request-guard";
import { exportResume } from "@/server/services/resume";

export const dynamic = "force-dynamic";

/** GET: the signed-in user's JSON Resume as a `resume.json` download. */
export async function GET(req: Request): Promise<Response> {
  // Another site may link here, but never make the browser fetch the file for it.
  if (req.headers.get("sec-fetch-site") === "cross-site")
    return refusal(403, "cross-site requests are refused");
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  try {
    const resume = await exportResume(await getDb(), actor);
    return new Response(`${JSON.stringify(resume, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": 'attachment; filename="resume.json"',
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    requestLogger(req.headers.get("x-request-id") ?? crypto.randomUUID()).error(
      { err: error },
      "resume export",
    );
    return refusal(500, "something went wrong on our side; try again");
  }
}
