import { Card, CardDescription, CardTitle } from "../ui/card";

/** A section that a later release fills; it says what it will hold so nobody wonders. */
export function ComingSoon({ title, holds }: { title: string; holds: string[] }) {
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Card className="grid gap-3">
        <CardTitle>What this page will hold</CardTitle>
        <ul className="list-disc pl-5 text-sm">
          {holds.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <CardDescription>This section is being built; your account is ready for it.</CardDescription>
      </Card>
    </div>
  );
}
