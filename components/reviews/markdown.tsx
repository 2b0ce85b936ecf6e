import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { cn } from "@/components/ui/cn";

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Keeps a link only when it is an absolute http(s) or mailto URL. The WHATWG parser reads it the way a browser
 * would (entities are already decoded by the Markdown parser; leading spaces, control characters, tabs inside the
 * scheme and letter case are normalised), so what we check is what the browser would follow. Relative links,
 * which need a base to mean anything, are dropped too.
 */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "";
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : "";
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-primary underline underline-offset-2"
      >
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images would load from any host (a tracking pixel reveals who read the comment), so they become links.
  img: ({ src, alt }) => {
    const label = alt?.trim() || "image";
    return typeof src === "string" && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="text-primary underline">
        {label}
      </a>
    ) : (
      <span>{label}</span>
    );
  },
  // A comment's headings would break the page's own outline, so they read as bold lines instead.
  ...Object.fromEntries(
    (["h1", "h2", "h3", "h4", "h5", "h6"] as const).map((tag) => [
      tag,
      ({ children }: { children?: ReactNode }) => <p className="font-semibold">{children}</p>,
    ]),
  ),
};

/** Markdown from other people, rendered inert: raw HTML is dropped and only http(s) and mailto links survive. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      className={cn(
        "grid gap-2 text-sm break-words [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5",
        className,
      )}
    >
      <ReactMarkdown skipHtml urlTransform={safeUrl} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
