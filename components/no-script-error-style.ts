import type { ErrorPageWords } from "./error-page-words";

// The style that writes the error page into Next's empty error document for a browser without
// JavaScript (components/no-script-error-page.tsx), built on the server: the browser gets only the
// finished HTML, never this code.

/** A text as a CSS string: quotes, backslashes and «<», «>», «&» as escapes, line breaks kept. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `).replace(/\n/g, "\\a ")}"`;
}

/**
 * `<noscript><style nonce>` for the error document (#__next_error__): the title, the text and the
 * request's id as the error code. The nonce is the CSP's (base64) and the style holds no «<», so
 * nothing in it can end the element early.
 */
export function noScriptErrorHtml(
  words: Pick<ErrorPageWords, "title" | "text" | "code">,
  requestId: string,
  nonce: string,
): string {
  const page = "html#__next_error__ body";
  const details = `${words.text}\n\n${words.code.replace("{code}", requestId)}`;
  const style =
    `${page}{font-family:system-ui,sans-serif;line-height:1.5;margin:1.5rem;max-width:40rem}` +
    `${page}::before{content:${cssString(words.title)};display:block;font-size:1.5rem;font-weight:700;margin-bottom:0.75rem}` +
    `${page}::after{content:${cssString(details)};display:block;white-space:pre-line}`;
  return `<style nonce="${nonce.replace(/[^A-Za-z0-9+/=]/g, "")}">${style}</style>`;
}
