"use client";

import { Suspense, useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { Button } from "@/components/ui/button";
import { Agenda } from "./agenda";
import { AnalyticsSection } from "./analytics-section";
import { ApplicationList } from "./application-list";
import { Board } from "./board";
import { NewApplication } from "./new-application";

type View = "board" | "list";

export function InterviewsOverview() {
  const [view, setView] = useState<View>("board");
  const { readOnly } = useViewing();
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">Interviews</h1>
      {!readOnly && <NewApplication />}
      <section aria-labelledby="applications-heading" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="applications-heading" className="text-lg font-semibold">
            Applications
          </h2>
          <div role="group" aria-label="View" className="flex gap-1">
            {(["board", "list"] as const).map((option) => (
              <Button
                key={option}
                size="sm"
                variant={view === option ? "primary" : "outline"}
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === "board" ? "Board" : "List"}
              </Button>
            ))}
          </div>
        </div>
        {view === "board" ? (
          <Board />
        ) : (
          <Suspense fallback={<p className="text-sm">Loading the list…</p>}>
            <ApplicationList />
          </Suspense>
        )}
      </section>
      <section aria-labelledby="agenda-heading" className="grid gap-3">
        <h2 id="agenda-heading" className="text-lg font-semibold">
          Coming up
        </h2>
        <Agenda />
      </section>
      <section aria-labelledby="analytics-heading" className="grid gap-3">
        <h2 id="analytics-heading" className="text-lg font-semibold">
          Analytics
        </h2>
        <AnalyticsSection />
      </section>
    </div>
  );
}
