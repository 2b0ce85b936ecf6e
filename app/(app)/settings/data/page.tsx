import type { Metadata } from "next";
import { SubpageHeader } from "../_components/subpage-header";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/server/auth/session";
import { DownloadLink } from "./_components/download-link";

export const metadata: Metadata = { title: "Your data" };

const SPREADSHEETS = [
  {
    kind: "skills",
    fileName: "skills-history.csv",
    label: "Download skills history (CSV)",
    about: "Every rating, yours and your mentors', with its date, level and note.",
  },
  {
    kind: "projects",
    fileName: "projects.csv",
    label: "Download projects (CSV)",
    about:
      "One row per recorded outcome, the project's details repeated; projects without outcomes get one row.",
  },
  {
    kind: "interviews",
    fileName: "applications-and-rounds.csv",
    label: "Download applications and rounds (CSV)",
    about:
      "One row per interview round, the application's details repeated; applications without rounds get one row.",
  },
] as const;

/** Take your data with you: the whole account, a JSON Resume, and spreadsheets. */
export default async function DataSettingsPage() {
  await requireActor();
  return (
    <div className="grid max-w-2xl gap-6">
      <SubpageHeader title="Your data" />

      <Card className="grid gap-4" aria-labelledby="account-export-title">
        <CardTitle id="account-export-title">Whole account</CardTitle>
        <CardDescription id="account-export-about">
          Everything you own in one JSON file: profile, assessments, projects, applications and rounds,
          ladders, goals, compensation and the comments you wrote. Import it here or into another Trajectory
          account.
        </CardDescription>
        <div className="flex flex-wrap gap-3">
          <DownloadLink href="/api/data/export" describedBy="account-export-about">
            Download account export (JSON)
          </DownloadLink>
          <Link href="/settings/data/import" className={buttonVariants({ variant: "ghost" })}>
            Import an account export
          </Link>
        </div>
      </Card>

      <Card className="grid gap-4" aria-labelledby="resume-title">
        <CardTitle id="resume-title">JSON Resume</CardTitle>
        <CardDescription id="resume-about">
          Your work, projects with their outcomes as resume bullets, and rated skills in the{" "}
          <a href="https://jsonresume.org/schema" className="underline" rel="noreferrer" target="_blank">
            JSON Resume format
          </a>
          , ready for any JSON Resume theme. Confidential figures are never quoted.
        </CardDescription>
        <DownloadLink href="/api/data/resume" fileName="resume.json" describedBy="resume-about">
          Download JSON Resume
        </DownloadLink>
      </Card>

      <Card className="grid gap-4" aria-labelledby="csv-title">
        <CardTitle id="csv-title">Spreadsheets (CSV)</CardTitle>
        <CardDescription>
          UTF-8 CSV files that open in Excel, LibreOffice, Numbers and Google Sheets. Cells that a spreadsheet
          would run as a formula start with an apostrophe.
        </CardDescription>
        <ul className="grid gap-4">
          {SPREADSHEETS.map((sheet) => (
            <li key={sheet.kind} className="grid gap-2">
              <DownloadLink
                href={`/api/data/csv/${sheet.kind}`}
                fileName={sheet.fileName}
                describedBy={`csv-${sheet.kind}-about`}
              >
                {sheet.label}
              </DownloadLink>
              <p id={`csv-${sheet.kind}-about`} className="text-sm text-muted-foreground">
                {sheet.about}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
