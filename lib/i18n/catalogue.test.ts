import { describe, expect, it } from "vitest";
import { STATUS_INFO } from "../applications/application-status";
import { BENEFIT_SERVICES } from "../benefits/services";
import { CHANNEL_LABELS } from "../dashboard/figures";
import { LEVEL_TITLES } from "../esia/assurance";
import { CATALOGUE_PARTS, catalogue, message } from "./catalogue";

const ru = catalogue("ru");
const tt = catalogue("tt");

/** Every leaf of a catalogue as "a.b.c" → text. */
function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node))
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(k, v);
  } else found.set(prefix, node);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the ru and tt catalogues", () => {
  const russian = leaves(ru);
  const tatar = leaves(tt);

  it("are put together from parts that never share a top-level key", () => {
    for (const parts of Object.values(CATALOGUE_PARTS)) {
      const keys = parts.flatMap((part) => Object.keys(part));
      expect(keys.length).toBe(new Set(keys).size);
    }
  });

  it("hold the same keys", () => {
    expect([...tatar.keys()].sort()).toEqual([...russian.keys()].sort());
  });

  it("hold a non-empty text for every key, with the same placeholders", () => {
    for (const [key, text] of russian) {
      const other = tatar.get(key);
      expect(typeof text, key).toBe("string");
      expect(typeof other, key).toBe("string");
      expect((text as string).trim(), key).not.toBe("");
      expect((other as string).trim(), key).not.toBe("");
      expect(placeholders(other as string), key).toEqual(placeholders(text as string));
    }
  });

  it("is written in Tatar, not left in Russian: most texts differ and the Tatar letters occur", () => {
    const same = [...russian].filter(([key, text]) => tatar.get(key) === text).map(([key]) => key);
    // Proper names and words both languages share (Профиль, Статус, МФЦ-like acronyms) may coincide.
    expect(same.length / russian.size).toBeLessThan(0.05);
    const all = [...tatar.values()].join(" ");
    for (const letter of ["ә", "ө", "ү", "җ", "ң", "һ"]) expect(all, letter).toContain(letter);
  });

  it("fills placeholders outside React and refuses a missing key", () => {
    expect(message("tt", "application.heading", { number: "16-2026-000001" })).toBe("№ 16-2026-000001 гариза");
    expect(message("ru", "application.heading", { number: "16-2026-000001" })).toBe("Заявление № 16-2026-000001");
    expect(() => message("tt", "application.nothing")).toThrow(/No message/);
  });

  it("names statuses, services, channels and levels in Russian exactly as the domain does (staff read those)", () => {
    for (const [status, info] of Object.entries(STATUS_INFO))
      expect(message("ru", `status.${status}`)).toBe(info.label);
    for (const [id, service] of Object.entries(BENEFIT_SERVICES)) {
      expect(message("ru", `service.${id}.title`)).toBe(service.title);
      expect(message("ru", `service.${id}.shortTitle`)).toBe(service.shortTitle);
      expect(message("ru", `service.${id}.result`)).toBe(service.result);
    }
    for (const [channel, label] of Object.entries(CHANNEL_LABELS))
      expect(message("ru", `channel.${channel}`)).toBe(label);
    for (const [level, title] of Object.entries(LEVEL_TITLES)) expect(message("ru", `level.${level}`)).toBe(title);
  });
});
