"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";

/** Fetches the ladder as Trajectory JSON and saves it as a file. */
export function ExportButton({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setError(null);
    try {
      const { fileName, ladder } = await queryClient.fetchQuery(trpc.ladders.export.queryOptions({ id }));
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(ladder, null, 2)], { type: "application/json" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setError("the export failed; try again");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="outline"
        size="sm"
        onClick={() => void download()}
        aria-label={`Export ${name} as JSON`}
      >
        Export JSON
      </Button>
      {error && (
        <span role="alert" className="text-sm text-destructive">
          {error}
        </span>
      )}
    </span>
  );
}
