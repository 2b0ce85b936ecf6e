import type { TestInfo } from "@playwright/test";
import postgres from "postgres";

/**
 * Nobody waits seven days: the test ages an invitation in the postgres project's database. It runs on PostgreSQL
 * only: the embedded database is held by its server, and expiry itself is tested on both in tests/integration.
 */
export interface ExpirableServer {
  baseURL: string;
  /** Moves every invitation of this mentee a minute into the past. */
  expireInvitationsOf(menteeEmail: string): Promise<void>;
  close(): Promise<void>;
}

const EXPIRE_SQL = `update invitations set expires_at = now() - interval '1 minute'
  where mentee_id = (select id from users where email = $1)`;

export function expirableServer(testInfo: TestInfo): ExpirableServer {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const baseURL = testInfo.project.use.baseURL;
  if (testInfo.project.name !== "postgres" || !databaseUrl || !baseURL)
    throw new Error("the expiry journey runs in the postgres project, with E2E_DATABASE_URL");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  return {
    baseURL,
    async expireInvitationsOf(menteeEmail) {
      await sql.unsafe(EXPIRE_SQL, [menteeEmail]);
    },
    close: () => sql.end(),
  };
}
