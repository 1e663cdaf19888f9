// The words a client component says, as data: the server picks the catalogue sections a form
// needs in the page's language and hands them to it as a prop; the browser only looks a text up
// by its dotted key and fills its {name} placeholders. No message parser goes to the browser, so
// the sections handed over hold plain texts and {name} placeholders only (`notPlainTexts`, checked
// by a unit test on both catalogues); a plural or a choice is worded on the server.

/** Texts by key, nested as in the catalogue ("form.next", "fields.lastName.label"). */
export interface Words {
  readonly [key: string]: string | Words;
}

export type WordValues = Readonly<Record<string, string | number>>;

/** A text by its dotted key with its placeholders filled; `has` says whether the text exists. */
export interface Translate {
  (key: string, values?: WordValues): string;
  has: (key: string) => boolean;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** «Ребенок {number}» with { number: 2 } → «Ребенок 2»; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, values: WordValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function lookUp(words: Words, key: string): string | undefined {
  let node: string | Words | undefined = words;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The texts of `words` by key. A missing text reads as its key (a gap shows on the page rather
 * than breaking it); the catalogue tests keep every key a page asks for in both languages.
 */
export function translator(words: Words): Translate {
  const translate = (key: string, values?: WordValues) => {
    const text = lookUp(words, key);
    return text === undefined ? key : fillPlaceholders(text, values);
  };
  return Object.assign(translate, { has: (key: string) => lookUp(words, key) !== undefined });
}

/**
 * The keys of texts that need more than {name} placeholders: ICU's plural, select and
 * selectordinal, its '…' quoting, or rich-text tags. None may be in the words handed to the browser.
 */
export function notPlainTexts(words: Words, prefix = ""): string[] {
  return Object.entries(words).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== "string") return notPlainTexts(value, path);
    const rest = value.replace(PLACEHOLDER, "");
    return /[{}]|'['{}#|]|<\/?\w+>/.test(rest) ? [path] : [];
  });
}
