// Validation of the Russian identifiers and form fields the portal uses. Plain functions in the
// domain modules; zod field schemas with Russian messages in fields.ts.
export * from "./bank";
export * from "./birth-certificate";
export * from "./calendar-date";
export type { Check } from "./check";
export * from "./contact";
export * from "./fields";
export * from "./inn";
export * from "./passport";
export * from "./password";
export * from "./person-name";
export * from "./snils";
