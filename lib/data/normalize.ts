/** The documented normalization (docs/account-export.md) under which an export, imported and exported again, is unchanged. */
import { type AccountExport, compare, isUuid } from "./account-file";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every row id the document defines (not the references to them). */
export function rowIds(doc: AccountExport): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) {
        if (key === "id" && typeof item === "string") ids.add(item);
        else walk(item);
      }
  };
  walk(doc);
  return ids;
}

const sortKey = (value: Json): string => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return JSON.stringify(value);
  const { createdAt, position, id } = value;
  return [
    typeof createdAt === "string" ? createdAt : "",
    typeof position === "number" ? String(position).padStart(12, "0") : "",
    typeof id === "string" ? id : "",
    JSON.stringify(value),
  ].join("\u0000");
};

/**
 * Drops `exportedAt` and `profile.email`, renames ids with `rename` (how an import placed them), and sorts every
 * array of rows by (createdAt, position, id) and every list of references, since renamed ids sort differently.
 */
export function normalizeExport(doc: AccountExport, rename: (id: string) => string = (id) => id): Json {
  const walk = (value: unknown, key: string): Json => {
    if (typeof value === "string") return isUuid(value) ? rename(value) : value;
    if (Array.isArray(value)) {
      const items = value.map((item) => walk(item, ""));
      const isRefList = key.endsWith("Ids") || key === "evidence" || key === "expectations";
      return isRefList || items.some((item) => typeof item === "object" && item !== null)
        ? [...items].sort((a, b) => compare(sortKey(a), sortKey(b)))
        : items;
    }
    if (typeof value === "object" && value !== null) {
      const out: { [key: string]: Json } = {};
      for (const [name, item] of Object.entries(value)) {
        if (name === "exportedAt" || (key === "profile" && name === "email")) continue;
        out[name] = walk(item, name);
      }
      return out;
    }
    if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
    return null;
  };
  return walk(doc, "");
}
