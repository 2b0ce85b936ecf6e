import { feedForToken } from "@/server/calendar/feeds";
import { appUrlOf, env } from "@/server/env";
import { download, publicRoute } from "@/server/http/route";

export const dynamic = "force-dynamic";

/** GET /api/calendar/<token>(.ics): the owner's rounds and follow-ups as text/calendar, or a bare 404. */
export const GET = publicRoute<{ token: string }>("calendar feed", async ({ db, params }) => {
  const body = await feedForToken(db, params.token, appUrlOf(env()));
  // The token is the only credential: nothing here may be cached or leak through a Referer.
  const response =
    body === null
      ? new Response("Not found", {
          status: 404,
          headers: { "content-type": "text/plain", "cache-control": "no-store" },
        })
      : download(body, {
          type: "text/calendar; charset=utf-8",
          fileName: "trajectory.ics",
          disposition: "inline",
        });
  response.headers.set("referrer-policy", "no-referrer");
  return response;
});
