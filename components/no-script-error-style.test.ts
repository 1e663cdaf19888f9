import { describe, expect, it } from "vitest";
import { catalogue } from "../lib/i18n/catalogue";
import { cssString, noScriptErrorHtml } from "./no-script-error-style";

describe("the error page without JavaScript", () => {
  it("writes the error page's words of the page's language into Next's error document only", () => {
    const html = noScriptErrorHtml(catalogue("tt").errorPage, "req-1", "abc+/=");
    expect(html.startsWith('<style nonce="abc+/=">')).toBe(true);
    expect(html).toContain('html#__next_error__ body::before{content:"Хата килеп чыкты"');
    expect(html).toContain("Хата коды: req-1");
    expect(noScriptErrorHtml(catalogue("ru").errorPage, "req-1", "n")).toContain('content:"Произошла ошибка"');
  });

  it("cannot end its element or its string early, whatever the words and the nonce", () => {
    const html = noScriptErrorHtml({ title: '"}</style><b>', text: "a\\b\nc", code: "{code}" }, "<x>", '"><i');
    expect(html.match(/</g)).toHaveLength(2); // <style …> and </style>
    expect(html).toContain('<style nonce="i">');
    expect(cssString('"}</style>')).toBe('"\\22 }\\3c /style\\3e "');
    expect(cssString("a\\b\nc")).toBe('"a\\5c b\\a c"');
  });
});
