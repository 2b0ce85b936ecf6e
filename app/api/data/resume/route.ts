import { exportResume } from "@/server/data/resume";
import { download, signedInRoute } from "@/server/http/route";

export const dynamic = "force-dynamic";

/** GET /api/data/resume: the signed-in user's JSON Resume as a `resume.json` download. */
export const GET = signedInRoute("resume export", async ({ db, actor }) => {
  const resume = await exportResume(db, actor);
  return download(`${JSON.stringify(resume, null, 2)}\n`, {
    type: "application/json; charset=utf-8",
    fileName: "resume.json",
  });
});
