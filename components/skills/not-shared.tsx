import { ViewingBanner } from "@/components/mentoring/viewing-banner";
import { EmptyState } from "@/components/ui/empty-state";

/** What a mentor sees when a section is not (or no longer) shared: the banner says why, no data is shown. */
export function NotShared({ menteeId, section }: { menteeId: string; section: string }) {
  return (
    <div className="grid gap-6">
      <ViewingBanner menteeId={menteeId} />
      <EmptyState title="Nothing to show">
        This mentee&rsquo;s {section} are not shared with you, or the page does not exist.
      </EmptyState>
    </div>
  );
}
