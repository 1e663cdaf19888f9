// Account levels as data, and how each surfaces to a relying party (research/esia.md §7):
// only «подтвержденная» is a first-class flag (trusted, is_tru, lvl=PR).

export const LEVELS = ["simplified", "standard", "confirmed"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_TITLES: Record<Level, string> = {
  simplified: "Упрощенная",
  standard: "Стандартная",
  confirmed: "Подтвержденная",
};

export function isTrusted(level: Level): boolean {
  return level === "confirmed";
}

/** urn:esia:sbj:lvl — PR for confirmed accounts, P for the rest. */
export function levelClaim(level: Level): "PR" | "P" {
  return isTrusted(level) ? "PR" : "P";
}
