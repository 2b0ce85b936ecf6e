import { fieldErrorsFromZod } from "@/lib/field-errors";
import { packetInputFromParams } from "@/lib/packet/inputs";
import { packetMarkdown } from "@/lib/packet/markdown";
import { refusal } from "@/server/http/request-guard";
import { download, signedInRoute } from "@/server/http/route";
import { reviewPacket } from "@/server/packet/packet";

export const dynamic = "force-dynamic";

/** GET /api/packet?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed-in user's review packet as a Markdown file. */
export const GET = signedInRoute("review packet", async ({ req, db, actor }) => {
  const parsed = packetInputFromParams(new URL(req.url).searchParams);
  if (!parsed.success) return refusal(400, "check the period", fieldErrorsFromZod(parsed.error));
  const packet = await reviewPacket(db, actor, parsed.data);
  return download(packetMarkdown(packet), {
    type: "text/markdown; charset=utf-8",
    fileName: `review-packet-${packet.period.from}-to-${packet.period.to}.md`,
  });
});
