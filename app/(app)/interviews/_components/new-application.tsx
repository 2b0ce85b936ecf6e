"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApplicationForm } from "@/components/interviews/application-form";
import { useInvalidateInterviews } from "@/components/interviews/hooks";
import { useTimeZone } from "@/components/account/use-time-zone";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

/** "Add application" opens the form; after a save it stays open for the next one. */
export function NewApplication() {
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const invalidate = useInvalidateInterviews();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const create = useMutation(trpc.interviews.create.mutationOptions({ onSuccess: () => invalidate() }));

  return (
    <Card className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle>New application</CardTitle>
        <Button variant="outline" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {open ? "Close form" : "Add application"}
        </Button>
      </div>
      {open && (
        <ApplicationForm
          timeZone={timeZone}
          submitLabel="Save application"
          notice={saved}
          save={(input) => {
            setSaved(undefined);
            return create.mutateAsync(input);
          }}
          resetOnSave
          onSaved={(created) => setSaved(`Saved ${created.company} — ${created.role}.`)}
        />
      )}
    </Card>
  );
}
