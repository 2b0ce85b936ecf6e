import { buttonVariants } from "@/components/ui/button";

/** A plain link the browser downloads (the route answers with Content-Disposition: attachment). */
export function DownloadLink({
  href,
  fileName,
  children,
  describedBy,
}: {
  href: string;
  /** The browser's suggestion when the response names none; the route's Content-Disposition wins. */
  fileName?: string;
  children: React.ReactNode;
  describedBy?: string;
}) {
  return (
    <a
      href={href}
      download={fileName ?? true}
      aria-describedby={describedBy}
      className={buttonVariants({ variant: "outline", className: "justify-self-start" })}
    >
      {children}
    </a>
  );
}
