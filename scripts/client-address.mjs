// Who is asking, decided once at the socket: the app reads the answer from one header that clients cannot set.
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-trajectory-client-address";
const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/** TRUSTED_PROXIES: comma-separated addresses, CIDRs or proxy-addr's names (loopback, linklocal, uniquelocal). */
export function parseTrustedProxies(raw = "") {
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES: ${error.message}; use addresses or CIDRs separated by commas, e.g. 10.0.0.0/8,127.0.0.1`,
    );
  }
}

/**
 * Sets the client address header from the socket, or, when the socket is a trusted proxy, from the right-most
 * X-Forwarded-For entry that is not one. Forwarding headers from anyone else are dropped, so neither the app
 * nor Next (whose server-action origin check reads X-Forwarded-Host) believes a client that writes them.
 */
export function stampClientAddress(req, trust) {
  const peer = req.socket.remoteAddress ?? "";
  if (!trust(peer, 0)) for (const name of FORWARDED) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = normalize(proxyaddr(req, trust));
}

/** "::ffff:127.0.0.1" is how Node reports an IPv4 peer on a dual-stack socket. */
const normalize = (address) =>
  address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
