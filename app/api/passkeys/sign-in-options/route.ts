import { clientAddress } from "@/server/http/client-address";
import { configuredOrigins, isCrossSite, refusal, requestOriginOf } from "@/server/http/request-guard";
import { publicRoute } from "@/server/http/route";
import { consume } from "@/server/limits/limiter";
import { relyingPartyOf } from "@/server/passkeys/relying-party";
import { startPasskeySignIn } from "@/server/passkeys/sign-in";

export const dynamic = "force-dynamic";

/** POST: a sign-in challenge for the browser's passkey dialog, limited per address since anyone may ask. */
export const POST = publicRoute("passkey sign-in options", async ({ req, db }) => {
  if (isCrossSite(req, configuredOrigins())) return refusal(403, "cross-site requests are refused");
  await consume(db, "passkeySignInsPerAddress", clientAddress(req.headers));
  const started = await startPasskeySignIn(db, relyingPartyOf(requestOriginOf(req)));
  return Response.json(started, { headers: { "cache-control": "no-store" } });
});
