CREATE TYPE "public"."application_status" AS ENUM('applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted');--> statement-breakpoint
CREATE TYPE "public"."round_outcome" AS ENUM('pending', 'passed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."outcome_confidence" AS ENUM('measured', 'estimated');--> statement-breakpoint
CREATE TYPE "public"."assessment_source" AS ENUM('self', 'mentor');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('project', 'round', 'url');--> statement-breakpoint
CREATE TYPE "public"."skill_kind" AS ENUM('technical', 'soft', 'tool');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp (3) with time zone,
	"image" text,
	"password_hash" text,
	"session_version" integer DEFAULT 1 NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company" text NOT NULL,
	"role" text NOT NULL,
	"level_applied" text,
	"channel" text,
	"applied_on" date NOT NULL,
	"status" "application_status" DEFAULT 'applied' NOT NULL,
	"board_position" double precision DEFAULT 0 NOT NULL,
	"offer_base_minor" bigint,
	"offer_bonus_minor" bigint,
	"offer_equity_minor" bigint,
	"offer_currency" text,
	"level_offered" text,
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "applications_currency_code" CHECK ("applications"."offer_currency" is null or "applications"."offer_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "round_competencies" (
	"round_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "round_competencies_round_id_skill_id_pk" PRIMARY KEY("round_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"scheduled_at" timestamp (3) with time zone,
	"outcome" "round_outcome" DEFAULT 'pending' NOT NULL,
	"self_rating" smallint,
	"feedback" text,
	"feedback_requested" boolean DEFAULT false NOT NULL,
	"failure_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"follow_up_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "rounds_self_rating_range" CHECK ("rounds"."self_rating" is null or "rounds"."self_rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "project_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"baseline" double precision,
	"result" double precision NOT NULL,
	"unit" text NOT NULL,
	"timeframe" text,
	"confidence" "outcome_confidence" DEFAULT 'measured' NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "project_skills" (
	"project_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "project_skills_project_id_skill_id_pk" PRIMARY KEY("project_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"role" text NOT NULL,
	"company" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	"description" text DEFAULT '' NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "projects_end_after_start" CHECK ("projects"."ended_on" is null or "projects"."ended_on" >= "projects"."started_on")
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"project_id" uuid,
	"round_id" uuid,
	"url" text,
	CONSTRAINT "assessment_evidence_one_target" CHECK (("assessment_evidence"."kind" = 'project' and "assessment_evidence"."project_id" is not null and "assessment_evidence"."round_id" is null and "assessment_evidence"."url" is null)
       or ("assessment_evidence"."kind" = 'round' and "assessment_evidence"."round_id" is not null and "assessment_evidence"."project_id" is null and "assessment_evidence"."url" is null)
       or ("assessment_evidence"."kind" = 'url' and "assessment_evidence"."url" is not null and "assessment_evidence"."project_id" is null and "assessment_evidence"."round_id" is null))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"note" text,
	"source" "assessment_source" DEFAULT 'self' NOT NULL,
	"assessor_id" uuid,
	"assessed_on" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "assessments_level_range" CHECK ("assessments"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"slug" text,
	"name" text NOT NULL,
	"kind" "skill_kind" NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_competencies" ADD CONSTRAINT "round_competencies_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_competencies" ADD CONSTRAINT "round_competencies_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_competencies" ADD CONSTRAINT "round_competencies_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outcomes" ADD CONSTRAINT "project_outcomes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outcomes" ADD CONSTRAINT "project_outcomes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_skills" ADD CONSTRAINT "project_skills_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_skills" ADD CONSTRAINT "project_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_skills" ADD CONSTRAINT "project_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "applications_user_created_idx" ON "applications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_user_status_idx" ON "applications" USING btree ("user_id","status","board_position");--> statement-breakpoint
CREATE INDEX "round_competencies_user_idx" ON "round_competencies" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "rounds_application_idx" ON "rounds" USING btree ("application_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "rounds_user_scheduled_idx" ON "rounds" USING btree ("user_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "rounds_user_created_idx" ON "rounds" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "rounds_user_follow_up_idx" ON "rounds" USING btree ("user_id","follow_up_on");--> statement-breakpoint
CREATE INDEX "project_outcomes_project_idx" ON "project_outcomes" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_outcomes_user_idx" ON "project_outcomes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "project_skills_user_idx" ON "project_skills" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "projects_user_created_idx" ON "projects" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "assessment_evidence_assessment_idx" ON "assessment_evidence" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_evidence_user_idx" ON "assessment_evidence" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assessments_user_skill_idx" ON "assessments" USING btree ("user_id","skill_id","assessed_on");--> statement-breakpoint
CREATE INDEX "assessments_user_created_idx" ON "assessments" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_builtin_slug_key" ON "skills" USING btree ("slug") WHERE "skills"."user_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "skills_user_name_key" ON "skills" USING btree ("user_id",lower("name"));