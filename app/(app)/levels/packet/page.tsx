import type { Metadata } from "next";
import { loadPacketAction } from "./actions";
import { PacketView } from "./_components/packet-view";
import { PeriodForm } from "./_components/period-form";
import { PrintButton } from "./_components/print-button";

export const metadata: Metadata = { title: "Review packet · Levels" };

// Printing drops the app's chrome and the controls, and prints black on white.
const PRINT_CSS = `@media print {
  header, nav, .packet-controls { display: none !important; }
  main div:has(> nav[aria-label="Levels sections"]) { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  main, main * { color: #000 !important; background: #fff !important; box-shadow: none !important; }
  .packet-section { break-inside: avoid-page; }
}`;

interface PacketPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const single = (value: string | string[] | undefined) =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

export default async function PacketPage({ searchParams }: PacketPageProps) {
  const params = await searchParams;
  const asked = { from: single(params.from), to: single(params.to) };
  const result = await loadPacketAction(asked);
  const period = result.ok ? result.packet.period : asked;
  const download = result.ok
    ? `/api/packet?${new URLSearchParams({ from: result.packet.period.from, to: result.packet.period.to })}`
    : null;
  return (
    <div className="grid gap-6">
      <style>{PRINT_CSS}</style>
      <div className="packet-controls grid gap-3">
        <p className="text-sm text-muted-foreground">
          What you did in a period, grouped by your target level&apos;s competencies: the document to bring to
          a performance review. Print it, or download it as Markdown.
        </p>
        <PeriodForm from={period.from} to={period.to} errors={result.ok ? {} : result.errors}>
          {download && (
            <div className="flex flex-wrap gap-2">
              <PrintButton />
              <a
                href={download}
                download
                className="inline-flex h-10 items-center rounded-md border border-border bg-card px-4 text-sm font-medium hover:bg-accent"
              >
                Download Markdown
              </a>
            </div>
          )}
        </PeriodForm>
      </div>
      {result.ok && <PacketView packet={result.packet} />}
    </div>
  );
}
