import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "@/db/pglite-lock";

let root: string;
let dataDir: string;
let lockFile: string;
const children: ChildProcess[] = [];
const releases: (() => void)[] = [];

function lock(dir: string, displayName?: string): () => void {
  const release = lockDataDir(dir, displayName);
  releases.push(release);
  return release;
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

async function deadPid(): Promise<number> {
  const child = spawn("true", { stdio: "ignore" });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn `true`");
  await new Promise<void>((resolve, reject) => {
    child.once("exit", () => resolve());
    child.once("error", reject);
  });
  return pid;
}

function livePid(): number {
  const child = spawn("sleep", ["30"], { stdio: "ignore" });
  children.push(child);
  if (child.pid === undefined) throw new Error("could not spawn `sleep`");
  return child.pid;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
  dataDir = path.join(root, "pglite");
  lockFile = `${dataDir}.lock`;
});

afterEach(() => {
  for (const release of releases.splice(0)) release();
  for (const child of children.splice(0)) child.kill("SIGKILL");
  fs.rmSync(root, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("creates <dir>.lock holding this pid, and the release removes it", () => {
    const release = lock(dataDir);
    expect(fs.readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("creates missing parent directories", () => {
    const nested = path.join(root, "a", "b", "pglite");
    lock(nested);
    expect(fs.readFileSync(`${nested}.lock`, "utf8").trim()).toBe(String(process.pid));
  });

  it("refuses a dir locked by another live process", () => {
    const pid = livePid();
    fs.writeFileSync(lockFile, `${pid}\n`);
    const error = thrownBy(() => lock(dataDir, ".data/pglite"));
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as Error).message).toBe(`data dir .data/pglite is in use by process ${pid}`);
    expect((error as DataDirInUseError).pid).toBe(pid);
    // The holder's lock is left alone.
    expect(fs.readFileSync(lockFile, "utf8").trim()).toBe(String(pid));
    expect(fs.existsSync(`${lockFile}.takeover`)).toBe(false);
  });

  it("takes over a lock left by a dead process", async () => {
    const pid = await deadPid();
    fs.writeFileSync(lockFile, `${pid}\n`);
    const release = lock(dataDir);
    expect(fs.readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("refuses a second lock in the same process while the first is held", () => {
    lock(dataDir, "my-data");
    const error = thrownBy(() => lock(dataDir, "my-data"));
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as Error).message).toBe(`data dir my-data is in use by process ${process.pid}`);
  });

  it("can be taken again after release", () => {
    lock(dataDir)();
    const release = lock(dataDir);
    expect(fs.readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    release();
  });

  it("does not remove a lock that another process took after release", () => {
    const release = lock(dataDir);
    const pid = livePid();
    fs.writeFileSync(lockFile, `${pid}\n`);
    release();
    expect(fs.readFileSync(lockFile, "utf8").trim()).toBe(String(pid));
  });
});
