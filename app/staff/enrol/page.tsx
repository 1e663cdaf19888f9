import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { qrCodeSvg } from "@/lib/staff/qr";
import { enrolmentFor } from "@/lib/staff/sign-in";
import { groupedSecret } from "@/lib/staff/totp";
import { pendingStaff, safeStaffReturnTo, staffSessionToken } from "../_lib/auth";
import { enrolAction } from "./actions";
import { EnrolForm } from "./enrol-form";

export const metadata: Metadata = { title: "Настройка второго фактора" };

// First login, or after an administrator reset the second factor: the secret is shown here only,
// to the person who has just given the account's password.
export default async function EnrolPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const returnTo = safeStaffReturnTo((await searchParams).returnTo);
  const enrolment = await enrolmentFor(await prisma(), await staffSessionToken());
  if (!enrolment) {
    const pending = await pendingStaff();
    redirect(
      pending?.staff.totpEnrolledAt
        ? `/staff/second-factor?returnTo=${encodeURIComponent(returnTo)}`
        : `/staff/login?returnTo=${encodeURIComponent(returnTo)}`,
    );
  }
  const svg = await qrCodeSvg(enrolment.uri);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">Настройка второго фактора</h1>
      <p className="mt-2">
        Для входа в рабочее место кроме пароля нужен код из приложения-аутентификатора на вашем телефоне (например,
        Яндекс Ключ, Google Authenticator, FreeOTP).
      </p>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        <li>
          Отсканируйте QR-код приложением:
          <div
            role="img"
            aria-label="QR-код для приложения-аутентификатора"
            className="mt-2 w-56 border border-slate-300 bg-white p-1 [&_svg]:h-auto [&_svg]:w-full"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </li>
        <li>
          или введите в приложении ключ вручную (тип — по времени):
          <p className="mt-1">
            <code data-testid="totp-secret" className="rounded bg-slate-100 px-2 py-1 text-lg tracking-wider">
              {groupedSecret(enrolment.secret)}
            </code>
          </p>
          <p className="mt-1 text-sm break-all text-slate-700">
            Ссылка для приложения: <code data-testid="totp-uri">{enrolment.uri}</code>
          </p>
        </li>
        <li>Введите код, который покажет приложение для учетной записи «{enrolment.staff.login}».</li>
      </ol>
      <EnrolForm action={enrolAction} returnTo={returnTo} choosePassword={enrolment.choosePassword} />
    </div>
  );
}
