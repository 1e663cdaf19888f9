// A translator of the portal's Russian field messages into another language, from a table of the
// Russian texts and their translations under the same keys (lib/i18n/field-messages.ts builds it
// from the catalogue). Kept apart from the catalogue so that the browser gets the table a page
// passes to it, not the catalogues themselves.

type Table = Record<string, string>;

/** What a translator needs: the Russian texts and the target language's, under the same keys. */
export interface FieldMessageTable {
  patterns: Table;
  words: Table;
  target: { patterns: Table; words: Table };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A translator from a table (in the browser, from the table the page passed). */
export function fieldMessageTranslator(table: FieldMessageTable | null): (text: string) => string {
  if (!table) return (text) => text;
  const patterns = Object.entries(table.patterns).map(([key, text]) => ({
    key,
    names: [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
    regex: new RegExp(
      `^${text
        .split(/\{\w+\}/)
        .map(escape)
        .join("(.+?)")}$`,
    ),
  }));
  const words = new Map(Object.entries(table.words).map(([key, text]) => [text, key]));
  const word = (value: string): string => {
    const key = words.get(value);
    if (key) return table.target.words[key] ?? value;
    // «5 минут»: the number stays, the words are translated.
    return value.replace(/[А-Яа-яЁё]+/g, (part) => {
      const partKey = words.get(part);
      return partKey ? (table.target.words[partKey] ?? part) : part;
    });
  };
  return (text) => {
    for (const pattern of patterns) {
      const match = pattern.regex.exec(text);
      if (!match) continue;
      const values = new Map(pattern.names.map((name, index) => [name, match[index + 1] as string]));
      const target = table.target.patterns[pattern.key] ?? text;
      return target.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = values.get(name);
        return value === undefined ? whole : word(value);
      });
    }
    // A text the table does not know stays as written rather than disappearing; the unit tests
    // run the real schemas so that such a gap is caught.
    return text;
  };
}
