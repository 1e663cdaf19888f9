// The one translator of the portal's Russian field messages (the zod schemas of lib/validation,
// lib/applications, lib/benefits, lib/cabinet and the account rules word them in Russian, once):
// a table of Russian templates and words with their translations, and the function that reads a
// message against it. lib/i18n/field-messages.ts builds the table from the catalogue; the browser
// gets the table a page passes to it, never the catalogues themselves.

/** Russian → target language: message templates with {placeholders}, and the words a placeholder may hold. */
export interface FieldMessageTable {
  patterns: [russian: string, target: string][];
  words: [russian: string, target: string][];
}

/** Placeholders holding what the person typed (a file name): kept as written. */
const VERBATIM = new Set(["name"]);
const RUSSIAN = /[А-Яа-яЁё]/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A translator from a table; Russian (no table) is the messages' own language. A placeholder's
 * value is said in the other language through the table's words: as a whole, as a list («A», «B»
 * or a; b) or word by word («5 минут»), numbers and signs kept. A message whose value holds a word
 * the table does not know stays Russian rather than half translated, and so does a text no
 * template reads; the unit tests run the real schemas so that such a gap is caught.
 */
export function fieldMessageTranslator(table: FieldMessageTable | null): (text: string) => string {
  if (!table) return (text) => text;
  const templates = table.patterns
    .map(([russian, target]) => ({
      names: [...russian.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
      regex: new RegExp(
        `^${russian
          .split(/\{\w+\}/)
          .map(escape)
          .join("(.+?)")}$`,
        "s",
      ),
      target,
    }))
    // A template without placeholders is an exact text: tried before a pattern that could also read it.
    .sort((a, b) => a.names.length - b.names.length);
  const words = new Map<string, string>();
  const lowerWords = new Map<string, string>();
  for (const [russian, target] of table.words) {
    if (!words.has(russian)) words.set(russian, target);
    if (!lowerWords.has(russian.toLowerCase())) lowerWords.set(russian.toLowerCase(), target.toLowerCase());
  }

  const word = (value: string): string | undefined => words.get(value) ?? lowerWords.get(value);
  const list = (value: string, separator: string): string | undefined => {
    if (!value.includes(separator)) return undefined;
    const parts = value.split(separator).map((part) => {
      const quoted = /^«(.*)»$/.exec(part);
      const said = word(quoted ? quoted[1]! : part);
      return said === undefined ? undefined : quoted ? `«${said}»` : said;
    });
    return parts.every((part) => part !== undefined) ? parts.join(separator) : undefined;
  };
  const wordByWord = (value: string): string | undefined => {
    let known = true;
    const said = value.replace(/[А-Яа-яЁё]+/g, (part) => {
      const tatar = word(part);
      if (tatar === undefined) known = false;
      return tatar ?? part;
    });
    return known ? said : undefined;
  };
  const placeholder = (name: string, value: string): string | undefined => {
    if (VERBATIM.has(name) || !RUSSIAN.test(value)) return value;
    const quoted = /^«(.*)»$/.exec(value);
    if (quoted) {
      const said = word(quoted[1]!);
      if (said !== undefined) return `«${said}»`;
    }
    return word(value) ?? list(value, ", ") ?? list(value, "; ") ?? wordByWord(value);
  };

  return (text) => {
    for (const template of templates) {
      const match = template.regex.exec(text);
      if (!match) continue;
      const values = new Map<string, string>();
      const readable = template.names.every((name, index) => {
        const said = placeholder(name, match[index + 1] as string);
        if (said !== undefined) values.set(name, said);
        return said !== undefined;
      });
      if (readable) return template.target.replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole);
    }
    return text;
  };
}
