import type { EsiaLevel } from "./person";

// Assurance levels as data (STYLE 8): their names, what each allows on the portal, and the one
// guard every service uses.

export const ESIA_LEVELS: readonly EsiaLevel[] = ["simplified", "standard", "confirmed"];

export const LEVEL_TITLES: Record<EsiaLevel, string> = {
  simplified: "Упрощенная",
  standard: "Стандартная",
  confirmed: "Подтвержденная",
};

export const LEVEL_ALLOWS: Record<EsiaLevel, string> = {
  simplified:
    "Вход на портал и справочная информация. Подать заявление на услугу нельзя: нужна стандартная или подтвержденная учетная запись.",
  standard:
    "Подача заявлений на большинство услуг, в том числе на компенсацию родительской платы и пособие на ребенка.",
  confirmed: "Доступ ко всем электронным услугам.",
};

export function isEsiaLevel(value: unknown): value is EsiaLevel {
  return typeof value === "string" && (ESIA_LEVELS as readonly string[]).includes(value);
}

/** Does an account of this level (or no linked account) meet the service's requirement? */
export function meetsLevel(level: string | null | undefined, required: EsiaLevel): boolean {
  if (!isEsiaLevel(level)) return false;
  return ESIA_LEVELS.indexOf(level) >= ESIA_LEVELS.indexOf(required);
}
