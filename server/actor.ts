/** Who is acting: the signed-in user whose session version matched the database. */
export interface Actor {
  userId: string;
  email: string;
}

/** What a session token carries; checked against the database on every request. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}
