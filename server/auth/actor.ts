import "server-only";
/** Who is acting: the signed-in user whose session version matched the database. */
export interface Actor {
  userId: string;
  email: string;
  /** The request that acts, for the audit log. */
  requestId?: string;
}

/** What a session token carries; checked against the database on every request. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}
