import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { LIMITS } from "@/lib/limits";
import { MAX_BODY_BYTES } from "@/server/http/request-guard";
import { OPENAPI_PATH, REST_PREFIX } from "@/server/rest/openapi";
import { Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

const STATUSES: [string, string][] = [
  ["400", "Invalid input; fieldErrors names each field"],
  ["401", "No token, or an unknown or revoked one"],
  ["403", "Not allowed with this token (a read-only token writing, or token management)"],
  ["404", "Not found, or not yours"],
  ["409", "Conflicts with existing data, e.g. a duplicate name"],
  ["413 / 415", "Body too large, or not application/json"],
  ["429", "Too many requests; wait for the Retry-After seconds"],
];

function Code({ children }: { children: string }) {
  return (
    <pre tabIndex={0} className="overflow-x-auto rounded-md border border-border bg-muted/40 p-3 text-xs">
      <code>{children}</code>
    </pre>
  );
}

/** How to call the API: base URL, header, examples, errors; the full reference is the OpenAPI document. */
export function ApiDocs({ appUrl }: { appUrl: string }) {
  const base = `${appUrl}${REST_PREFIX}`;
  const auth = '-H "Authorization: Bearer $TRAJECTORY_TOKEN"';
  return (
    <Card className="grid gap-4">
      <CardTitle>Using the API</CardTitle>
      <CardDescription>
        Every endpoint, with its parameters, is described in the{" "}
        <a className="underline" href={OPENAPI_PATH}>
          OpenAPI 3.1 document
        </a>{" "}
        ({OPENAPI_PATH}), which tools such as Postman or Swagger UI can import.
      </CardDescription>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Base URL</dt>
        <dd>
          <code>{base}</code>
        </dd>
        <dt className="font-medium">Authentication</dt>
        <dd>
          <code>Authorization: Bearer trj_…</code>
        </dd>
        <dt className="font-medium">Endpoints</dt>
        <dd>
          <code>/&lt;area&gt;/&lt;action&gt;</code>, e.g. <code>/skills/current</code>. Reads are GET with
          query parameters (repeat a parameter for a list); changes are POST with a JSON body.
        </dd>
        <dt className="font-medium">Limits</dt>
        <dd>
          {LIMITS.apiRequestsPerToken.points} requests a minute per token; request bodies up to{" "}
          {Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB.
        </dd>
      </dl>
      <h3 className="font-medium">Examples</h3>
      <Code>{`# Your current skill profile
curl ${auth} \\
  ${base}/skills/current

# The first five projects
curl ${auth} \\
  "${base}/projects/list?limit=5"

# Add a skill (needs a read and write token)
curl -X POST ${auth} \\
  -H "Content-Type: application/json" \\
  -d '{"name": "Kafka", "kind": "tool"}' \\
  ${base}/skills/addSkill`}</Code>
      <h3 className="font-medium">Errors</h3>
      <p className="text-sm text-muted-foreground">
        Errors are JSON: <code>{'{ "error": { "code", "message", "fieldErrors" } }'}</code>.
      </p>
      <Table className="text-sm">
        <TableBody>
          {STATUSES.map(([status, meaning]) => (
            <TableRow key={status} className="border-t border-border">
              <TableHead scope="row" className="py-1 pr-4 text-left font-mono font-normal">
                {status}
              </TableHead>
              <TableCell className="py-1">{meaning}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <h3 className="font-medium">Good to know</h3>
      <ul className="list-disc pl-5 text-sm text-muted-foreground">
        <li>A token acts as you: the same checks as the app, and another person&apos;s data answers 404.</li>
        <li>
          Mentors read a mentee&apos;s data by adding <code>menteeId</code>, as in the app; the mentee sees it
          in their audit log.
        </li>
        <li>
          &ldquo;Sign out of all devices&rdquo; ends browser sessions but does not revoke tokens; revoke them
          above.
        </li>
        <li>Deleting your account deletes its tokens.</li>
        <li>Dates are ISO 8601 strings; calendar dates are YYYY-MM-DD.</li>
      </ul>
    </Card>
  );
}
