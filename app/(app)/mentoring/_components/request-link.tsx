import Link from "next/link";
import { subjectHref, subjectWords } from "@/components/mentoring/subject-href";
import type { Mentee } from "@/components/mentoring/types";
import type { OpenRequest } from "@/components/mentoring/use-open-requests";

type DashboardRequest = Mentee["openRequests"]["items"][number];

/** "Review Version Control (skill)", linked to where that item lives in the mentee's pages. */
export function RequestLink({
  request,
  detail,
  menteeId,
}: {
  request: DashboardRequest;
  /** Names and the round's application, once the requests list has loaded. */
  detail: OpenRequest | undefined;
  menteeId: string;
}) {
  const what = subjectWords(request.subjectType);
  const href = subjectHref({ ...request, applicationId: detail?.applicationId }, menteeId);
  return (
    <Link className="underline" href={href}>
      {detail?.subjectName
        ? `Review ${detail.subjectName} (${what.replace(/^(a|an|the) /, "")})`
        : `Review ${what}`}
    </Link>
  );
}
