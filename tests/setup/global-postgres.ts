import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { databaseUrl } from "../helpers/postgres-url";

/** Migrates a template database once; each test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const template = `trajectory_tpl_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const handle = openPostgres(databaseUrl(adminUrl, template), { max: 1 });
  await runMigrations(handle);
  await handle.close();
  project.provide("postgresTemplate", template);

  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
