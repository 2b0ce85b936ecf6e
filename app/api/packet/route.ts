import { currentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { packetMarkdown } from "@/server/domain/packet-markdown";
import { Invalid } from "@/server/errors";
import { refusal } from "@/server/request-guard";
import { reviewPacket } from "@/server/services/packet";
import { fieldErrorsFromZod } from "@/server/validators/field-errors";
import { packetInputFromParams } from "@/server/validators/packet";

export const dynamic = "force-dynamic";

/** GET /api/packet?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed-in user's review packet as a Markdown file. */
export async function GET(req: Request): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return refusal(401, "sign in to continue");
  const parsed = packetInputFromParams(new URL(req.url).searchParams);
  if (!parsed.success) return refusal(400, "check the period", fieldErrorsFromZod(parsed.error));
  const packet = await reviewPacket(await getDb(), actor, parsed.data).catch((error: unknown) => {
    if (error instanceof Invalid) return refusal(400, error.message, { [error.field]: [error.message] });
    throw error;
  });
  if (packet instanceof Response) return packet;
  const name = `review-packet-${packet.period.from}-to-${packet.period.to}.md`;
  return new Response(packetMarkdown(packet), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
