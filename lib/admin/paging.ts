/** The cursor of the next keyset page, shared by the server prefetch and the client queries of the Admin page. */
export const adminPaging = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};

/** "12.3 MB": the database's size as the Admin page shows it. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "unknown";
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
