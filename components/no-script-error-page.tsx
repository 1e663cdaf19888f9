"use client";

import { useServerInsertedHTML } from "next/navigation";
import { useRef } from "react";

// When a page fails on the server, Next answers 500 with an empty document, <html
// id="__next_error__"> with an empty body, and the inlined data of the failed page: the error page
// (app/(portal)/error.tsx, or app/global-error.tsx when the root layout failed) is drawn by the
// browser from that data, so without JavaScript the document stays blank. What the failed render
// leaves in that document is the HTML its components inserted into <head> (useServerInsertedHTML).
// The root layout inserts here, once per response, a style only a browser without JavaScript reads
// (<noscript>) and only Next's error document matches; the server builds it in the page's language
// (no-script-error-style.ts), so the browser's share of this is a few lines.

export function NoScriptErrorPage({ html }: { html: string }) {
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    return <noscript dangerouslySetInnerHTML={{ __html: html }} />;
  });
  return null;
}
