import Link from "next/link";
import { subjectHref, subjectWords } from "@/lib/mentoring/subject-href";
import type { Mentee } from "@/components/mentoring/types";

type DashboardRequest = Mentee["openRequests"]["items"][number];

/** "Review Version Control (skill)", linked to where that item lives in the mentee's pages. */
export function RequestLink({ request, menteeId }: { request: DashboardRequest; menteeId: string }) {
  const what = subjectWords(request.subjectType);
  const href = subjectHref(request, menteeId);
  const words = request.subjectName
    ? `Review ${request.subjectName} (${what.replace(/^(a|an|the) /, "")})`
    : `Review ${what}`;
  // The profile's thread is on this page: a plain link fires hashchange, which opens its panel.
  if (href.startsWith("/mentoring#"))
    return (
      <a className="underline" href={href.slice("/mentoring".length)}>
        {words}
      </a>
    );
  return (
    <Link className="underline" href={href}>
      {words}
    </Link>
  );
}
