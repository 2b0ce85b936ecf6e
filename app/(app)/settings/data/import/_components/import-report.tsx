import { IMPORT_TABLE_LABELS, type ImportAccountResult } from "@/lib/data/account-file";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const PROFILE_LABELS: Record<string, string> = { name: "name", timeZone: "time zone" };

/** A dry run's or an import's counts per table, or a refused file's problems with their JSON paths. */
export function ImportReport({ result }: { result: ImportAccountResult }) {
  if (!result.ok)
    return (
      <section aria-labelledby="import-problems-title" className="grid gap-2" role="alert">
        <h2 id="import-problems-title" className="font-semibold">
          The file cannot be imported ({result.totalErrors}{" "}
          {result.totalErrors === 1 ? "problem" : "problems"})
        </h2>
        <p className="text-sm">Nothing was saved. Fix these and check the file again:</p>
        <ul className="grid gap-1 text-sm">
          {result.errors.map((error, index) => (
            <li key={index}>
              {error.path && <code className="font-mono">{error.path}</code>}
              {error.path ? ": " : ""}
              {error.message}
            </li>
          ))}
        </ul>
      </section>
    );
  const rows = Object.entries(result.counts).filter(([, count]) => count.create + count.skip > 0);
  const title = result.dryRun ? "What the import would do" : "Imported";
  return (
    <section aria-labelledby="import-report-title" className="grid gap-2" role="status">
      <h2 id="import-report-title" className="font-semibold">
        {title}
      </h2>
      <Table className="w-full text-sm">
        <TableHeader>
          <TableRow className="text-left">
            <TableHead scope="col">Table</TableHead>
            <TableHead scope="col">{result.dryRun ? "Would create" : "Created"}</TableHead>
            <TableHead scope="col">
              {result.dryRun ? "Would skip (already here)" : "Skipped (already here)"}
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([table, count]) => (
            <TableRow key={table}>
              <TableHead scope="row" className="text-left font-normal">
                {IMPORT_TABLE_LABELS[table] ?? table}
              </TableHead>
              <TableCell>{count.create}</TableCell>
              <TableCell>{count.skip}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {result.profile.length > 0 && (
        <p className="text-sm">
          Your profile&apos;s {result.profile.map((field) => PROFILE_LABELS[field] ?? field).join(" and ")}{" "}
          {result.dryRun ? "would be" : "were"} set from the file.
        </p>
      )}
      {result.notes.length > 0 && (
        <ul className="grid gap-1 text-sm" aria-label="Not imported">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
