import type { Metadata } from "next";
import Link from "@/components/link";
import { latestCheck, personalDataDraft } from "@/lib/esia-mock/accounts";
import { mockDb, requireAccount } from "../../_lib/mock";
import { DataSteps } from "../_components/steps";
import { submitPersonalDataAction } from "./actions";
import { PersonalDataForm } from "./personal-data-form";

export const metadata: Metadata = { title: "Персональные данные" };

export default async function PersonalDataPage() {
  const { account } = await requireAccount();
  const db = await mockDb();
  const check = await latestCheck(db, account.id);
  return (
    <>
      <p>
        <Link href="/esia-mock/profile" className="text-[#0d4cd3] underline">
          ← Личный кабинет
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Персональные данные</h1>
      <DataSteps current={1} check={null} />
      {check?.status === "verifying" ? (
        <div role="status" className="mt-6 rounded bg-slate-100 p-4">
          <p className="font-semibold">Ваши личные данные уже проверяются.</p>
          <p className="mt-1">
            Изменить их можно после завершения проверки.{" "}
            <Link href="/esia-mock/profile/checks" className="text-[#0d4cd3] underline">
              Ход проверки
            </Link>
          </p>
        </div>
      ) : (
        <>
          {check?.status === "failed" ? (
            <p className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-3">
              В форме — данные, которые вы отправляли на проверку. Исправьте ошибку (например, опечатку в СНИЛС или в
              дате) и нажмите «Продолжить».
            </p>
          ) : null}
          <p className="mt-4">
            Данные проверяются автоматически: СНИЛС и личные данные — в Пенсионном фонде Российской Федерации, паспорт —
            в Федеральной миграционной службе. О результате мы сообщим по SMS или электронной почте.
          </p>
          <PersonalDataForm action={submitPersonalDataAction} draft={await personalDataDraft(db, account.id)} />
        </>
      )}
    </>
  );
}
