import type { ReactNode } from "react";
import { LevelsTabs } from "./_components/levels-tabs";

export default function LevelsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <h1 className="text-2xl font-semibold">Levels</h1>
        <LevelsTabs />
      </div>
      {children}
    </div>
  );
}
