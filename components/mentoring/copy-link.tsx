"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A read-only link with a Copy button; the result is announced. */
export function CopyLink({ label, url }: { label: string; url: string }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input id={id} value={url} readOnly onFocus={(event) => event.currentTarget.select()} />
        <Button
          type="button"
          variant="outline"
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => setCopied("yes"),
              () => setCopied("failed"),
            )
          }
        >
          Copy
        </Button>
      </div>
      <p role="status" className="text-xs text-muted-foreground">
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" && "Could not copy: select the link and copy it yourself."}
      </p>
    </div>
  );
}
