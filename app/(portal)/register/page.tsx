import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/app/_lib/auth";
import { registerAction } from "./actions";
import { RegistrationForm } from "./registration-form";

export const metadata: Metadata = { title: "Регистрация" };

export default async function RegisterPage() {
  if (await currentUser()) redirect("/cabinet");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Регистрация</h1>
      <p className="mt-3">
        Личный кабинет портала для подачи заявлений. Поля, отмеченные <span aria-hidden="true">*</span>
        <span className="sr-only">звездочкой</span>, обязательны.
      </p>
      <RegistrationForm action={registerAction} />
    </div>
  );
}
