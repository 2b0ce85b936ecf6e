import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SkillHistory } from "@/components/skills/skill-history";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { idField } from "@/server/validators/common";

export const metadata: Metadata = { title: "Skill history" };

const HISTORY_PAGE_SIZE = 20;

export default async function SkillHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const queryClient = getQueryClient();
  // Fetched rather than prefetched: a skill that is missing or someone else's is a 404 page.
  const history = await queryClient
    .fetchInfiniteQuery(
      trpc.skills.history.infiniteQueryOptions(
        { skillId: id.data, limit: HISTORY_PAGE_SIZE },
        { getNextPageParam: (page) => page.nextCursor },
      ),
    )
    .catch(() => null);
  if (!history) notFound();
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <Link href="/skills" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
          ← All skills
        </Link>
        <SkillHistory skillId={id.data} pageSize={HISTORY_PAGE_SIZE} />
      </div>
    </HydrateClient>
  );
}
