// Serves Trajectory: `node scripts/server.mjs` (production build) or `--dev`.
// A custom server so SIGTERM/SIGINT drain requests, then close the embedded database cleanly.
import http from "node:http";
import next from "next";
import { parseTrustedProxies, stampClientAddress } from "./client-address.mjs";

const dev = process.argv.includes("--dev");
const rawPort = process.env.PORT ?? "3000";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT: must be a whole number from 1 to 65535, got "${rawPort}"`);
  process.exit(1);
}
const hostname = process.env.HOST ?? "127.0.0.1";
const displayHost = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;

let trust;
try {
  trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
// Tells the app that the client address header was written here, not by whoever sent the request.
globalThis[Symbol.for("trajectory.clientAddressStamped")] = true;

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  return handle(req, res);
});
server.on("error", (error) => {
  if (error.code === "EADDRINUSE") console.error(`PORT: ${port} is already in use; set PORT to a free port`);
  else console.error(error);
  process.exit(1);
});
server.listen(port, hostname, async () => {
  // Next runs instrumentation (env check, database open and migration) on the first request:
  // make that request now, so "ready" is only printed once startup has really succeeded.
  const probeHost = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const health = await fetch(
    `http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${port}/api/health`,
  );
  if (!health.ok) console.error(`  health check answered ${health.status}: ${await health.text()}`);
  console.log(`\n  Trajectory is ready on http://${displayHost}:${port}\n`);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then closing the database`);
  const forced = setTimeout(() => server.closeAllConnections(), 10_000);
  await new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  clearTimeout(forced);
  await app.close?.();
  await globalThis[Symbol.for("trajectory.shutdown")]?.();
  console.log("stopped cleanly");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
