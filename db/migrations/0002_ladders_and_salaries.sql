CREATE TYPE "public"."competency_kind" AS ENUM('technical', 'soft', 'other');--> statement-breakpoint
CREATE TYPE "public"."ladder_source" AS ENUM('builtin', 'ft-yaml', 'monzo-markdown', 'trajectory-json');--> statement-breakpoint
CREATE TABLE "career_goals" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"ladder_id" uuid NOT NULL,
	"current_level_id" uuid,
	"target_level_id" uuid,
	"target_date" date,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ladder_competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ladder_id" uuid NOT NULL,
	"theme_id" uuid,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" "competency_kind" DEFAULT 'other' NOT NULL,
	"optional" boolean DEFAULT false NOT NULL,
	"skill_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ladder_expectations" (
	"level_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"ladder_id" uuid NOT NULL,
	"expected_level" smallint NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	CONSTRAINT "ladder_expectations_level_id_competency_id_pk" PRIMARY KEY("level_id","competency_id"),
	CONSTRAINT "ladder_expectations_level_range" CHECK ("ladder_expectations"."expected_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "ladder_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ladder_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"focus" text,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "ladder_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ladder_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"summary" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ladders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"slug" text,
	"name" text NOT NULL,
	"summary" text,
	"source" "ladder_source" NOT NULL,
	"source_name" text,
	"licence" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "compensation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"base_minor" bigint NOT NULL,
	"bonus_minor" bigint,
	"equity_minor" bigint,
	"currency" text NOT NULL,
	"region" text NOT NULL,
	"effective_on" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compensation_currency_code" CHECK ("compensation"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "salary_bands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"ladder_id" uuid NOT NULL,
	"level_id" uuid NOT NULL,
	"import_id" uuid,
	"region" text NOT NULL,
	"currency" text NOT NULL,
	"year" integer NOT NULL,
	"min_minor" bigint,
	"max_minor" bigint,
	"p10_minor" bigint,
	"p25_minor" bigint,
	"p50_minor" bigint,
	"p75_minor" bigint,
	"p90_minor" bigint,
	"sample_size" integer,
	"source" text NOT NULL,
	"licence" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "salary_bands_currency_code" CHECK ("salary_bands"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "salary_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"ladder_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"licence" text,
	"row_count" integer NOT NULL,
	"level_mapping" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_current_level_id_ladder_levels_id_fk" FOREIGN KEY ("current_level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_target_level_id_ladder_levels_id_fk" FOREIGN KEY ("target_level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_competencies" ADD CONSTRAINT "ladder_competencies_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_competencies" ADD CONSTRAINT "ladder_competencies_theme_id_ladder_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."ladder_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_competencies" ADD CONSTRAINT "ladder_competencies_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_expectations" ADD CONSTRAINT "ladder_expectations_level_id_ladder_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_expectations" ADD CONSTRAINT "ladder_expectations_competency_id_ladder_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."ladder_competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_expectations" ADD CONSTRAINT "ladder_expectations_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_levels" ADD CONSTRAINT "ladder_levels_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_themes" ADD CONSTRAINT "ladder_themes_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladders" ADD CONSTRAINT "ladders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation" ADD CONSTRAINT "compensation_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_bands" ADD CONSTRAINT "salary_bands_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_bands" ADD CONSTRAINT "salary_bands_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_bands" ADD CONSTRAINT "salary_bands_level_id_ladder_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_bands" ADD CONSTRAINT "salary_bands_import_id_salary_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."salary_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_imports" ADD CONSTRAINT "salary_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_imports" ADD CONSTRAINT "salary_imports_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ladder_competencies_key" ON "ladder_competencies" USING btree ("ladder_id","key");--> statement-breakpoint
CREATE INDEX "ladder_competencies_skill_idx" ON "ladder_competencies" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "ladder_expectations_ladder_idx" ON "ladder_expectations" USING btree ("ladder_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ladder_levels_key" ON "ladder_levels" USING btree ("ladder_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "ladder_levels_position" ON "ladder_levels" USING btree ("ladder_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ladder_themes_key" ON "ladder_themes" USING btree ("ladder_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "ladders_builtin_slug_key" ON "ladders" USING btree ("slug") WHERE "ladders"."user_id" is null;--> statement-breakpoint
CREATE INDEX "ladders_user_created_idx" ON "ladders" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "compensation_user_idx" ON "compensation" USING btree ("user_id","effective_on");--> statement-breakpoint
CREATE INDEX "salary_bands_lookup_idx" ON "salary_bands" USING btree ("ladder_id","level_id","region","year");--> statement-breakpoint
CREATE INDEX "salary_bands_user_idx" ON "salary_bands" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "salary_imports_user_idx" ON "salary_imports" USING btree ("user_id","created_at");