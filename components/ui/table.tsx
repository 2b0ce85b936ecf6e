import * as React from "react";

import { cn } from "./cn";

type TableProps = React.ComponentProps<"table"> & {
  /** Names the scroll area for screen readers. */
  label?: string;
  /** False for a table only screen readers get (a chart's data): nothing to scroll, so no stop for the Tab key. */
  scroll?: boolean;
};

/** A table that scrolls sideways inside its card on narrow screens; the scroll area takes focus so keys can scroll it. */
function Table({ className, label, scroll = true, ...props }: TableProps) {
  const table = <table data-slot="table" className={cn("w-full text-left text-sm", className)} {...props} />;
  if (!scroll) return table;
  return (
    <div
      data-slot="table-container"
      className="relative w-full overflow-x-auto"
      tabIndex={0}
      role={label ? "region" : undefined}
      aria-label={label}
    >
      {table}
    </div>
  );
}

function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("text-muted-foreground", className)} {...props} />;
}

function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

function TableFooter({ className, ...props }: React.ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn("border-t bg-muted/50 font-medium [&>tr]:last:border-b-0", className)}
      {...props}
    />
  );
}

function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return <tr data-slot="table-row" className={cn("border-b border-border", className)} {...props} />;
}

function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      className={cn("py-2 pr-4 text-left align-middle font-medium", className)}
      {...props}
    />
  );
}

function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return <td data-slot="table-cell" className={cn("py-2 pr-4 align-middle", className)} {...props} />;
}

function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return (
    <caption
      data-slot="table-caption"
      className={cn("mb-2 text-left text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}

export { Table, TableHeader, TableBody, TableFooter, TableHead, TableRow, TableCell, TableCaption };
