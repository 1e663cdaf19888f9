"use client";

import { useServerInsertedHTML } from "next/navigation";
import { useRef } from "react";
import type { ErrorPageWords } from "./error-page-words";

// When a page fails on the server, Next answers 500 with an empty document, <html
// id="__next_error__"> with an empty body, and the inlined data of the failed page: the error page
// (app/(portal)/error.tsx, or app/global-error.tsx when the root layout failed) is drawn by the
// browser from that data, so without JavaScript the document stays blank. What the failed render
// leaves in that document is the HTML its components inserted into <head> (useServerInsertedHTML).
// The root layout inserts this style there once per response: only a browser without JavaScript
// reads it (<noscript>), it applies only to Next's error document (#__next_error__), and it writes
// the error page's words in the page's language with the request's id to tell the support line.

/** A text as a CSS string: quotes and backslashes escaped, line breaks kept, no «<» to end the style. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `).replace(/\n/g, "\\a ")}"`;
}

export function NoScriptErrorPage({
  words,
  requestId,
  nonce,
}: {
  words: Pick<ErrorPageWords, "title" | "text" | "code">;
  requestId: string;
  nonce: string;
}) {
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    const page = "html#__next_error__ body";
    const style =
      `${page}{font-family:system-ui,sans-serif;line-height:1.5;margin:1.5rem;max-width:40rem}` +
      `${page}::before{content:${cssString(words.title)};display:block;font-size:1.5rem;font-weight:700;margin-bottom:0.75rem}` +
      `${page}::after{content:${cssString(`${words.text}\n\n${words.code.replace("{code}", requestId)}`)};display:block;white-space:pre-line}`;
    // The nonce is base64 and the style holds no «<»: nothing here can end the element early.
    return <noscript dangerouslySetInnerHTML={{ __html: `<style nonce="${nonce}">${style}</style>` }} />;
  });
  return null;
}
