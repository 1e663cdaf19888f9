// Runs once when the server process starts, before it serves: validate the configuration, then
// open, migrate and seed the database in this same process (PGlite allows only one).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so that every request after start-up knows its socket's address.
  const { recordSocketPeers } = await import("./lib/security/peer-address");
  recordSocketPeers();
  const { bootPortal } = await import("./lib/boot");
  await bootPortal();
}
