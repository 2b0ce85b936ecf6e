import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite, pgliteClientOf } from "../../db/client";
import { migrationsFolder, runMigrations } from "../../db/migrate";

/** Hash of the migrations, so a snapshot is rebuilt exactly when they change. */
function migrationsHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of fs.readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsFolder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Migrates one in-memory PGlite and dumps it; every test file starts from that tarball. */
export default async function setup(project: TestProject) {
  const file = path.join(os.tmpdir(), `trajectory-pglite-${migrationsHash()}.tar`);
  if (!fs.existsSync(file)) {
    const handle = await openPglite();
    await runMigrations(handle);
    const client = pgliteClientOf(handle.db);
    if (!client) throw new Error("expected a PGlite client");
    const dump = await client.dumpDataDir("none");
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, file);
    await handle.close();
  }
  project.provide("pgliteSnapshot", file);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}
