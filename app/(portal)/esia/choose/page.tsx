import type { Metadata } from "next";
import { pendingFromCookie } from "@/app/_lib/esia";
import { pendingEsiaLogin } from "@/lib/cabinet/accounts";
import { displayValue } from "@/lib/cabinet/profile";
import { prisma } from "@/lib/db/runtime";
import { passwordRulesSentence } from "@/lib/validation/password";
import { logInAndLinkAction, registerFromEsiaAction } from "./actions";
import { ExistingCabinetForm, NewCabinetForm } from "./forms";

export const metadata: Metadata = { title: "Учетная запись ЕСИА не привязана" };

// Seed 000, Рис. 8: an ESIA account no cabinet is linked to — log in with an existing cabinet
// (and link it), or register a new cabinet linked to this ESIA account.
export default async function ChoosePage() {
  const pending = await pendingEsiaLogin(await prisma(), await pendingFromCookie());
  if (!pending) {
    return (
      <>
        <h1 className="text-2xl font-bold">Время ожидания истекло</h1>
        <p className="mt-3">
          Войдите через ЕСИА еще раз:{" "}
          <a href="/esia/start?intent=login" className="text-brand-800 underline">
            Вход через ЕСИА
          </a>
        </p>
      </>
    );
  }
  const { person } = pending;
  return (
    <>
      <h1 className="text-2xl font-bold">Учетная запись ЕСИА не привязана к личному кабинету</h1>
      <p className="mt-3 max-w-3xl">
        Вы вошли в ЕСИА как{" "}
        <strong>
          {person.lastName} {person.firstName} {person.middleName ?? ""}
        </strong>
        {person.birthDate ? `, дата рождения ${displayValue("birthDate", person.birthDate)}` : ""}. Выберите, что
        сделать:
      </p>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="existing-heading" className="rounded border border-slate-300 p-4">
          <h2 id="existing-heading" className="text-lg font-semibold">
            У меня есть личный кабинет
          </h2>
          <p className="mt-1 text-slate-700">Войдите в него — он будет привязан к этой учетной записи ЕСИА.</p>
          <ExistingCabinetForm action={logInAndLinkAction} />
        </section>
        <section aria-labelledby="new-heading" className="rounded border border-slate-300 p-4">
          <h2 id="new-heading" className="text-lg font-semibold">
            Зарегистрировать новый личный кабинет
          </h2>
          <p className="mt-1 text-slate-700">ФИО, дата рождения и СНИЛС будут заполнены из ЕСИА.</p>
          <NewCabinetForm
            action={registerFromEsiaAction}
            email={person.email ?? ""}
            phone={person.mobile ?? ""}
            passwordRules={passwordRulesSentence()}
          />
        </section>
      </div>
    </>
  );
}
