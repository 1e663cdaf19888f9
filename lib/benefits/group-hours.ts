// A module of its own so the form step's fields in the browser do not carry the fee tables.

/** Daily hours of the kindergarten group («режим пребывания»). */
export type GroupHours = 3 | 5 | 6 | 9 | 10.5 | 12 | 24;
export const GROUP_HOURS: readonly GroupHours[] = [3, 5, 6, 9, 10.5, 12, 24];
