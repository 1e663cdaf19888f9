import type { Metadata } from "next";
import Link from "@/components/link";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { requireAccount } from "../../../_lib/mock";
import { registerOrganizationAction } from "../actions";
import { OrganizationRegistrationForm } from "./registration-form";

export const metadata: Metadata = { title: "Регистрация учетной записи юридического лица" };

export default async function NewOrganizationPage() {
  const { account } = await requireAccount();
  return (
    <>
      <h1 className="text-2xl font-bold">Регистрация учетной записи юридического лица</h1>
      {account.level !== "confirmed" ? (
        <div className="mt-4 rounded border-2 border-red-700 p-3">
          <p className="font-semibold">
            Зарегистрировать организацию может только пользователь с подтвержденной учетной записью.
          </p>
          <p className="mt-1">Ваша учетная запись — {LEVEL_TITLES[account.level]}.</p>
          <p className="mt-2">
            <Link href="/esia-mock/profile/confirm" className="text-[#0d4cd3] underline">
              Подтвердить личность
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="mt-3">
            Учетную запись организации регистрирует ее руководитель (индивидуального предпринимателя — он сам). После
            регистрации вы станете руководителем организации и сможете входить в системы от ее имени.
          </p>
          <OrganizationRegistrationForm action={registerOrganizationAction} />
        </>
      )}
      <p className="mt-6">
        <Link href="/esia-mock/profile/organizations" className="text-[#0d4cd3] underline">
          К списку организаций
        </Link>
      </p>
    </>
  );
}
