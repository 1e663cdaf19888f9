// ESIA's password policy, as the seed letter states it: «8 символов латинского алфавита, строчные и
// заглавные буквы, цифры». Each rule is reported separately so a form can tick them off one by one.

export const PASSWORD_MIN_LENGTH = 8;

export type PasswordRule = "minLength" | "lowercase" | "uppercase" | "digit" | "latinOnly";

/** The rules in the order a form lists them, with the checklist wording. */
export const PASSWORD_RULES: readonly { rule: PasswordRule; label: string }[] = [
  { rule: "minLength", label: `Не менее ${PASSWORD_MIN_LENGTH} символов` },
  { rule: "lowercase", label: "Строчные латинские буквы (a–z)" },
  { rule: "uppercase", label: "Заглавные латинские буквы (A–Z)" },
  { rule: "digit", label: "Цифры" },
  { rule: "latinOnly", label: "Только латинские буквы, цифры и знаки, без пробелов" },
];

const RULE_MET: Readonly<Record<PasswordRule, (password: string) => boolean>> = {
  minLength: (password) => [...password].length >= PASSWORD_MIN_LENGTH,
  lowercase: (password) => /[a-z]/.test(password),
  uppercase: (password) => /[A-Z]/.test(password),
  digit: (password) => /\d/.test(password),
  // «Латинского алфавита»: printable ASCII without the space, so a Cyrillic letter typed in the
  // wrong keyboard layout is caught here rather than at the next login.
  latinOnly: (password) => /^[\x21-\x7E]*$/.test(password),
};

/**
 * The rules as one sentence for a hint: «не менее 8 символов, строчные латинские буквы (a–z),
 * заглавные латинские буквы (A–Z), …». Only each rule's first letter is lowered: «(A–Z)» stays
 * upper case, or the hint would ask for small letters twice.
 */
export function passwordRulesSentence(): string {
  return PASSWORD_RULES.map(({ label }) => label.charAt(0).toLowerCase() + label.slice(1)).join(", ");
}

/** The rules this password does not meet, in PASSWORD_RULES order; empty when it is acceptable. */
export function unmetPasswordRules(password: string): PasswordRule[] {
  return PASSWORD_RULES.map(({ rule }) => rule).filter((rule) => !RULE_MET[rule](password));
}

export function isAcceptablePassword(password: string): boolean {
  return unmetPasswordRules(password).length === 0;
}
