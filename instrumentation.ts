export async function register() {
  // NEXT_RUNTIME is inlined by Next at build time; the Node-only startup must not reach other runtimes.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/startup");
  await startServer();
}
