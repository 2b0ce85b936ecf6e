/** Readiness for the mentee's target level as a labelled bar; the number is in the text, the bar repeats it. */
export function ReadinessLine({
  readiness,
  targetLevel,
  granted,
}: {
  readiness: number | null;
  targetLevel: string | null;
  granted: boolean;
}) {
  if (!granted) return <p className="text-sm text-muted-foreground">Readiness: gap analysis not shared.</p>;
  if (readiness === null || targetLevel === null) {
    return <p className="text-sm text-muted-foreground">Readiness: no target level chosen yet.</p>;
  }
  return (
    <div className="grid gap-1">
      <p className="text-sm">
        Readiness for {targetLevel}: <strong>{readiness}%</strong>{" "}
        <span className="text-muted-foreground">(from their gap analysis)</span>
      </p>
      <div aria-hidden="true" className="h-2 max-w-sm overflow-hidden rounded bg-muted">
        <div className="h-full bg-primary" style={{ width: `${Math.min(100, Math.max(0, readiness))}%` }} />
      </div>
    </div>
  );
}
