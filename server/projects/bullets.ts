import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { type BulletIssue, checkBullet } from "@/lib/projects/bullet-check";
import type { CheckBulletInput } from "@/lib/projects/inputs";
import { findLiveProject, liveOutcomes, ownProjects } from "./details";

/** Checks a bullet the actor wrote for one of their projects, against that project's confidential figures. */
export async function checkProjectBullet(
  db: Db,
  actor: Actor,
  input: CheckBulletInput,
): Promise<{ issues: BulletIssue[] }> {
  await findLiveProject(db, ownProjects(actor), input.projectId);
  const outcomes = await liveOutcomes(db, ownProjects(actor).access, [input.projectId]);
  const confidential = outcomes.filter((outcome) => outcome.confidential);
  return { issues: checkBullet(input.text, confidential) };
}
