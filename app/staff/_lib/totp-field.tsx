import { TextField } from "@/components/forms/fields";

/** «Код из приложения-аутентификатора»: six digits, in the second-factor and enrolment forms. */
export function TotpField({ error }: { error?: string | undefined }) {
  return (
    <TextField
      name="code"
      label="Код из приложения-аутентификатора"
      hint="Шесть цифр; код меняется каждые 30 секунд."
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      mandatory
      className="[&_input]:max-w-48"
      error={error}
    />
  );
}
