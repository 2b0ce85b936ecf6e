import { timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";

/** Every user-owned row names its owner; deleting the user deletes the row. */
export const ownerId = () =>
  uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

export const createdAt = () =>
  timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow();
/** Soft delete, so a delete can be undone for a few seconds; lists filter these rows out. */
export const deletedAt = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

/** A nullable moment (ended, expires, read), to the millisecond like the stamps above. */
export const stamp = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });
