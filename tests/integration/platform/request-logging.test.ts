import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/helpers/db";
import { callerFor, claimsFor, createUser } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

it("logs one structured line per call with the request id", async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const log = pino({ level: "info" }, sink).child({ requestId: "req-42" });
  const user = await createUser(handle.db);
  const caller = callerFor(handle.db, claimsFor(user), { requestId: "req-42", log });

  await caller.account.profile();
  await expect(caller.account.updateProfile({ name: "x", timeZone: "Nowhere/Land" })).rejects.toThrow();

  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ requestId: "req-42", path: "account.profile", type: "query", ok: true });
  expect(lines[1]).toMatchObject({ path: "account.updateProfile", ok: false, code: "BAD_REQUEST" });
  expect(typeof lines[0]?.durationMs).toBe("number");
});
