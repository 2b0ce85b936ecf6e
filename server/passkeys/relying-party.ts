import "server-only";
import { appUrlOf, env, type Env } from "@/server/env";
import { Invalid } from "@/lib/errors";
import { isDomainName, PASSKEY_NEEDS_DOMAIN } from "@/lib/passkeys/rules";

/** Who passkeys are made for: a browser signs the origin, the authenticator binds the credential to the id. */
export interface RelyingParty {
  /** The domain name (rpID); a passkey made for it works on that host and its subdomains' pages only. */
  id: string;
  origin: string;
  name: string;
}

/**
 * The one derivation of the relying party: AUTH_URL's origin when set (a proxy in front must not change which
 * passkeys work), else the origin the browser addressed. An IP address is refused, as browsers refuse it.
 */
export function relyingPartyOf(
  requestOrigin: string | undefined,
  settings: Pick<Env, "AUTH_URL" | "PORT"> = env(),
): RelyingParty {
  const source = settings.AUTH_URL ? appUrlOf(settings) : requestOrigin;
  if (!source) throw new Error("a passkey ceremony needs the request's origin or AUTH_URL");
  const { hostname, origin } = new URL(source);
  if (!isDomainName(hostname)) throw new Invalid("passkey", PASSKEY_NEEDS_DOMAIN);
  return { id: hostname, origin, name: "Trajectory" };
}
