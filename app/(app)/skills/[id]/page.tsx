import { menteeHref } from "@/lib/mentoring/mentee-link";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { menteeIdFrom } from "@/server/mentoring/mentee-param";
import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { EndorseForm } from "@/components/reviews/endorse-form";
import { RequestReviewForm } from "@/components/reviews/request-review-form";
import { ReviewThread } from "@/components/reviews/review-thread";
import { NotShared } from "@/components/skills/not-shared";
import { SkillHistory } from "@/components/skills/skill-history";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/server/auth/session";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { idField } from "@/lib/validation";

export const metadata: Metadata = { title: "Skill history" };

const HISTORY_PAGE_SIZE = 20;

interface SkillPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SkillHistoryPage({ params, searchParams }: SkillPageProps) {
  await requireActor();
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const menteeId = await menteeIdFrom(searchParams);
  const queryClient = getQueryClient();
  // Comment and rating dates are shown in the reader's time zone.
  const profile = queryClient.prefetchQuery(trpc.account.profile.queryOptions());
  // Fetched rather than prefetched: a skill that is missing, someone else's or not shared shows no data.
  const history = await queryClient
    .fetchInfiniteQuery(
      trpc.skills.history.infiniteQueryOptions(
        { skillId: id.data, limit: HISTORY_PAGE_SIZE, menteeId },
        { getNextPageParam: (page) => page.nextCursor },
      ),
    )
    .catch(() => null);
  if (!history && menteeId) return <NotShared menteeId={menteeId} section="skills" />;
  if (!history) notFound();
  await profile;
  const back = menteeHref("/skills", menteeId);
  return (
    <HydrateClient>
      <ViewingProvider menteeId={menteeId}>
        <div className="grid gap-6">
          {menteeId && <ViewingBanner menteeId={menteeId} />}
          <Link href={back} className="text-sm text-muted-foreground underline-offset-4 hover:underline">
            ← All skills
          </Link>
          <SkillHistory skillId={id.data} pageSize={HISTORY_PAGE_SIZE} />
          {menteeId && (
            <Card className="grid gap-4">
              <div className="grid gap-1">
                <CardTitle>Your rating as mentor</CardTitle>
                <CardDescription>
                  Rate this skill on the same 1–5 scale; it shows beside the self rating and never replaces
                  it.
                </CardDescription>
              </div>
              <EndorseForm skillId={id.data} />
            </Card>
          )}
          <Card className="grid gap-4">
            <CardTitle>Review</CardTitle>
            <ReviewThread subjectType="skill" subjectId={id.data} />
            <RequestReviewForm subjectType="skill" subjectId={id.data} />
          </Card>
        </div>
      </ViewingProvider>
    </HydrateClient>
  );
}
