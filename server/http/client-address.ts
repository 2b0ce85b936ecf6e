import "server-only";

const HEADER = "x-trajectory-client-address";
const stamped = () =>
  (globalThis as Record<symbol, unknown>)[Symbol.for("trajectory.clientAddressStamped")] === true;

/**
 * The client's address as scripts/server.mjs decided it at the socket (TRUSTED_PROXIES says which hops may
 * forward). Served any other way, the header could come from the client, so it is not believed.
 */
export function clientAddress(headers: Headers): string {
  return (stamped() && headers.get(HEADER)) || "unknown";
}
