import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "@/components/reviews/markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

/** Every href and src value in the markup, as written. */
const urlsIn = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? "");

function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/\son\w+=/i);
  for (const url of urlsIn(html)) expect(url).toMatch(/^(https?:|mailto:)/);
}

describe("Markdown renders other people's text inert", () => {
  it.each([
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript&colon;alert(1))",
    "[x]( javascript:alert(1))",
    "[x](<java\tscript:alert(1)>)",
    "[x](%6Aavascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](//evil.example/path)",
    "[x](/relative)",
    "![x](javascript:alert(1))",
    "![x](https://tracker.example/pixel.png)",
    '<a href="javascript:alert(1)">x</a>',
    "<javascript:alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    '<svg onload="alert(1)"></svg>',
    "<details open ontoggle=alert(1)>",
  ])("%s", (source) => {
    const html = render(source);
    expectInert(html);
    // The words may stay as text; no attribute may carry them.
    expect(html).not.toMatch(/="[^"]*(javascript|vbscript|data):/i);
  });

  it("keeps https, http and mailto links, opening in a new tab without referrer or ranking", () => {
    const html = render(
      "[docs](https://example.com/a?b=1) [old](http://example.org) [mail](mailto:mia@example.com)",
    );
    expect(urlsIn(html)).toEqual([
      "https://example.com/a?b=1",
      "http://example.org/",
      "mailto:mia@example.com",
    ]);
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(3);
    expect(html.match(/target="_blank"/g)).toHaveLength(3);
  });

  it("turns autolinks into safe links", () => {
    const html = render("See <https://example.com/x> or <mia@example.com>.");
    expect(urlsIn(html)).toEqual(["https://example.com/x", "mailto:mia@example.com"]);
  });

  it("shows an image as a link with its alt text, never an img", () => {
    const html = render("![the chart](https://example.com/c.png)");
    expect(html).toContain('href="https://example.com/c.png"');
    expect(html).toContain(">the chart</a>");
    expect(html).not.toContain("<img");
  });

  it("drops a bad link but keeps its text; raw HTML is left out and its text escaped", () => {
    expect(render("[click me](javascript:alert(1))")).toContain("<span>click me</span>");
    const html = render("a <b>bold</b> claim & 1 < 2");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&amp; 1 &lt; 2");
  });

  it("renders the usual formatting", () => {
    const html = render("**strong** _em_ `code`\n\n- one\n- two\n\n# Heading");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain("<em>em</em>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<li>one</li>");
    expect(html).not.toMatch(/<h1/);
    expect(html).toContain('<p class="font-semibold">Heading</p>');
  });
});

describe("safeUrl", () => {
  it.each([
    ["https://example.com", "https://example.com/"],
    ["HTTPS://Example.com/x", "https://example.com/x"],
    ["mailto:a@b.c", "mailto:a@b.c"],
    ["javascript:alert(1)", ""],
    ["  JavaScript:alert(1)", ""],
    ["\u0001javascript:alert(1)", ""],
    ["java\nscript:alert(1)", ""],
    ["data:text/html,x", ""],
    ["file:///etc/passwd", ""],
    ["/relative", ""],
    ["#top", ""],
    ["", ""],
  ])("%j → %j", (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });
});
