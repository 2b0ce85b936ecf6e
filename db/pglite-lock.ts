import fs from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`data dir ${dataDir} is in use by process ${pid}`);
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isFresh(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function tryCreate(file: string): boolean {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Removes `file` if the process named in it is dead; a takeover file keeps two claimants apart. */
function clearIfStale(file: string, dataDir: string): void {
  const takeover = `${file}.takeover`;
  if (!tryCreate(takeover)) {
    const holder = readPid(takeover);
    if (holder !== undefined && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
    fs.rmSync(takeover, { force: true });
    if (!tryCreate(takeover)) throw new DataDirInUseError(dataDir, readPid(takeover) ?? 0);
  }
  try {
    const pid = readPid(file);
    if (pid !== undefined && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
    // An empty lock this fresh is one whose holder has not yet written its pid.
    if (pid === undefined && isFresh(file)) throw new DataDirInUseError(dataDir, 0);
    fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

/**
 * Takes an exclusive lock on a PGlite data dir, since two processes on one dir corrupt it.
 * Returns the function that releases it.
 */
export function lockDataDir(dataDir: string, displayName = dataDir): () => void {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const file = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    }
    clearIfStale(file, displayName);
  }
  throw new DataDirInUseError(displayName, readPid(file) ?? 0);
}
