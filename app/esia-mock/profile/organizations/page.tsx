import type { Metadata } from "next";
import Link from "@/components/link";
import { activeMemberships, ORGANIZATION_TYPES, type OrganizationType } from "@/lib/esia-mock/organizations";
import { mockDb, requireAccount } from "../../_lib/mock";

export const metadata: Metadata = { title: "Организации" };

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { account } = await requireAccount();
  const { registered } = await searchParams;
  const memberships = await activeMemberships(await mockDb(), account.id);
  const justRegistered = memberships.find((membership) => String(membership.organization.oid) === registered);
  return (
    <>
      <h1 className="text-2xl font-bold">Организации</h1>
      {justRegistered ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 font-semibold">
          Учетная запись организации «{justRegistered.organization.shortName}» зарегистрирована. Вы — ее руководитель.
        </p>
      ) : null}
      {memberships.length === 0 ? (
        <p className="mt-3">Вы не состоите ни в одной организации.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {memberships.map(({ organization, position, chief, admin }) => (
            <li key={organization.oid} className="rounded border border-gray-300 p-4">
              <h2 className="text-lg font-semibold">{organization.shortName}</h2>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Тип</dt>
                <dd>{ORGANIZATION_TYPES[organization.type as OrganizationType] ?? organization.type}</dd>
                <dt className="font-semibold">{organization.type === "BUSINESS" ? "ОГРНИП" : "ОГРН"}</dt>
                <dd>{organization.ogrn}</dd>
                <dt className="font-semibold">ИНН</dt>
                <dd>{organization.inn}</dd>
                {organization.kpp ? (
                  <>
                    <dt className="font-semibold">КПП</dt>
                    <dd>{organization.kpp}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">Ваша должность</dt>
                <dd>
                  {position}
                  {chief ? ", руководитель" : ""}
                  {admin ? ", администратор профиля" : ""}
                </dd>
                <dt className="font-semibold">Идентификатор в ЕСИА</dt>
                <dd>{organization.oid}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 flex flex-wrap gap-4">
        <Link
          href="/esia-mock/profile/organizations/new"
          className="inline-block rounded bg-[#0d4cd3] px-5 py-2.5 font-semibold text-white hover:bg-blue-800"
        >
          Зарегистрировать организацию
        </Link>
        <Link href="/esia-mock/profile" className="text-[#0d4cd3] underline self-center">
          В личный кабинет
        </Link>
      </p>
    </>
  );
}
