import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { cache } from "react";
import type { Actor, SessionClaims } from "./actor";
import { getDb } from "../db";
import { actorForSession } from "@/server/account/sessions";
import { auth } from "./index";

export function claimsOf(session: Session | null): SessionClaims | null {
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || typeof sessionId !== "string") return null;
  return { userId, sessionId };
}

/** The actor for this request, or null; checked against the database once per render. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = claimsOf(await auth());
  if (!claims) return null;
  return actorForSession(await getDb(), claims);
});

/** For protected pages: the actor, or a redirect to sign-in that comes back to this page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    // The proxy records the requested path, since layouts are not told which page they wrap.
    const returnTo = (await headers()).get("x-pathname") ?? "/dashboard";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return actor;
}
