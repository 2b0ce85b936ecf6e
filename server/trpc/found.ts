import "server-only";
import { TRPCError } from "@trpc/server";

/** True when a page's read succeeds; false on NOT_FOUND (missing, someone else's, or a section not shared). */
export function found(read: Promise<unknown>): Promise<boolean> {
  return read.then(
    () => true,
    (error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return false;
      throw error;
    },
  );
}
