ALTER TABLE "users" ADD COLUMN "last_seen_at" timestamp (3) with time zone;--> statement-breakpoint
UPDATE "users" SET "last_seen_at" = (SELECT max("last_seen_at") FROM "sessions" WHERE "sessions"."user_id" = "users"."id");
