"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

interface Bullet {
  outcomeId: string;
  text: string;
}

/** The bullets generated from recorded outcomes, each with a copy button. */
export function BulletList({ projectTitle, bullets }: { projectTitle: string; bullets: readonly Bullet[] }) {
  const [status, setStatus] = useState("");
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Bullet copied.");
    } catch {
      setStatus("Could not copy; select the text and copy it instead.");
    }
  };
  return (
    // Named with the project: every card has one, and landmarks on a page need distinct names.
    <section className="grid gap-2" aria-label={`Resume bullets of ${projectTitle}`}>
      <h3 className="font-medium">Resume bullets</h3>
      {bullets.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          Bullets appear here once you record an outcome; they only quote your recorded numbers.
        </p>
      ) : (
        <ul className="grid gap-2">
          {bullets.map((bullet) => (
            <li key={bullet.outcomeId} className="flex items-start justify-between gap-3 text-sm">
              <span>{bullet.text}</span>
              <Button size="sm" variant="ghost" onClick={() => copy(bullet.text)}>
                Copy<span className="sr-only"> bullet: {bullet.text}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="text-xs text-muted-foreground">
        {status}
      </p>
    </section>
  );
}
