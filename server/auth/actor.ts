import "server-only";
/** Who is acting: the user of a live session row or of an unrevoked API token. */
export interface Actor {
  userId: string;
  email: string;
  /** The browser session that acts; absent for an API token. */
  sessionId?: string;
  /** Runs the instance (Admin page); only ever true for a browser session, never for an API token. */
  isAdmin?: boolean;
  /** The request that acts, for the audit log. */
  requestId?: string;
}

/** What a session token carries; checked against the database on every request. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}
