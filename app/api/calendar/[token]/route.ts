import { getDb } from "@/server/db";
import { appUrlOf, env } from "@/server/env";
import { feedForToken } from "@/server/services/calendar";

export const dynamic = "force-dynamic";

// The token is the only credential; nothing here may be cached by a browser or a proxy.
const PRIVATE = { "cache-control": "private, no-store, max-age=0", "referrer-policy": "no-referrer" };

/** GET /api/calendar/<token>(.ics): the owner's rounds and follow-ups as text/calendar, or a bare 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await feedForToken(await getDb(), token, appUrlOf(env()));
  if (body === null) {
    return new Response("Not found", { status: 404, headers: { ...PRIVATE, "content-type": "text/plain" } });
  }
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="trajectory.ics"',
    },
  });
}
