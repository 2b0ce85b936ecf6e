import { date, pgTable, uuid } from "drizzle-orm/pg-core";
import { users } from "./account";
import { updatedAt } from "./columns";
import { ladderLevels, ladders } from "./ladders";

/** The user's active ladder, where they stand on it, and where they are heading. */
export const careerGoals = pgTable("career_goals", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  ladderId: uuid()
    .notNull()
    .references(() => ladders.id, { onDelete: "cascade" }),
  currentLevelId: uuid().references(() => ladderLevels.id, { onDelete: "set null" }),
  targetLevelId: uuid().references(() => ladderLevels.id, { onDelete: "set null" }),
  targetDate: date({ mode: "string" }),
  updatedAt: updatedAt(),
});
