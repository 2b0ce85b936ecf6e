import { gapWords, levelWords } from "@/lib/gaps/format";
import type { WorkOnNextData } from "./types";

/** The biggest gaps at a level, with what failed interviews said about each. */
export function WorkOnNext({ data }: { data: WorkOnNextData }) {
  if (data.items.length === 0) {
    return <p className="text-sm">Every required competency of {data.level.name} is met.</p>;
  }
  return (
    <ol aria-label={`Work on next for ${data.level.name}`} className="grid gap-4">
      {data.items.map((item) => (
        <li key={item.competencyId} className="grid gap-1">
          <p className="font-medium">{item.name}</p>
          <p className="text-sm">
            {levelWords(item.current)} now, {levelWords(item.expected)} expected: a gap of{" "}
            {gapWords(item.gap)}.
          </p>
          {item.expectationText && <p className="text-sm text-muted-foreground">{item.expectationText}</p>}
          {item.failedRounds === 0 ? (
            <p className="text-sm text-muted-foreground">No failed interview rounds tested it.</p>
          ) : (
            <div className="text-sm">
              <p>
                Tested in {item.failedRounds} failed interview {item.failedRounds === 1 ? "round" : "rounds"}
                {item.failureReasons.length > 0 ? "; reasons given:" : "; no reasons recorded."}
              </p>
              {item.failureReasons.length > 0 && (
                <ul className="ml-5 list-disc">
                  {item.failureReasons.map((reason) => (
                    <li key={reason.reason}>
                      {reason.name}: {reason.count} {reason.count === 1 ? "round" : "rounds"}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
