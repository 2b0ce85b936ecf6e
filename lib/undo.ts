/** How long a deleted row can be brought back; the UI offers "Undo" for part of it. */
export const UNDO_WINDOW_MS = 5 * 60_000;

export function canRestore(deletedAt: Date | null, now: Date): boolean {
  return deletedAt !== null && now.getTime() - deletedAt.getTime() <= UNDO_WINDOW_MS;
}
