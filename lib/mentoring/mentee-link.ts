/**
 * The one builder of a link into a mentee's pages: `path?mentee=<id>`, kept beside any query and before a #hash.
 * Without a mentee it is the reader's own page.
 */
export function menteeHref(path: string, menteeId?: string | null): string {
  if (!menteeId) return path;
  const hashAt = path.indexOf("#");
  const base = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  return `${base}${base.includes("?") ? "&" : "?"}mentee=${encodeURIComponent(menteeId)}${hash}`;
}
