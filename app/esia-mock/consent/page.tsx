import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pendingAuthorization } from "@/lib/esia-mock/oauth";
import {
  activeMemberships,
  ORG_SCOPES,
  ORGANIZATION_TYPES,
  parseOrgScope,
  type OrganizationType,
} from "@/lib/esia-mock/organizations";
import { describePermission, permissionsFromJson } from "@/lib/esia-mock/permissions";
import { isPersonScope, parseScope, PERSON_SCOPES } from "@/lib/esia-mock/scopes";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { REDIRECT_ORIGIN_PARAM } from "@/lib/security/headers";
import { currentSession, mockDb } from "../_lib/mock";
import { OwnDocument } from "./own-document";

export const metadata: Metadata = { title: "Предоставление прав доступа" };

export default async function ConsentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { request, [REDIRECT_ORIGIN_PARAM]: redirectOrigin } = await searchParams;
  const signedIn = await currentSession();
  if (!signedIn) redirect(`${MOCK_PATH}/login${request ? `?request=${encodeURIComponent(request)}` : ""}`);
  const pending = await pendingAuthorization(await mockDb(), request);
  if (!pending) {
    return (
      <>
        <h1 className="text-2xl font-bold">Запрос устарел</h1>
        <p className="mt-3">Вернитесь на сайт, с которого вы пришли, и снова нажмите «Войти через ЕСИА».</p>
      </>
    );
  }
  // The proxy lets this page's forms lead only to the origin named on its address (see
  // formActionOrigins); make that the origin of this request's registered redirect_uri.
  const ownOrigin = new URL(pending.request.redirectUri).origin;
  if (redirectOrigin !== ownOrigin) {
    redirect(
      `${MOCK_PATH}/consent?${new URLSearchParams({ request: pending.request.id, [REDIRECT_ORIGIN_PARAM]: ownOrigin })}`,
    );
  }
  const scopes = parseScope(pending.request.scope).filter(isPersonScope);
  const consents = permissionsFromJson(pending.request.permissions).map(describePermission);
  // The system asked for an organisation's data (scope_org): the person chooses whom they enter as.
  const orgScopes = parseOrgScope(pending.request.orgScope);
  const memberships = orgScopes.length ? await activeMemberships(await mockDb(), signedIn.account.id) : [];
  return (
    <>
      <OwnDocument />
      <h1 className="text-2xl font-bold">Предоставление прав доступа</h1>
      <p className="mt-3">
        Система <strong>{pending.client.name}</strong> запрашивает доступ к вашим данным в учетной записи{" "}
        <strong>
          {signedIn.account.lastName} {signedIn.account.firstName}
        </strong>
        :
      </p>
      <ul className="mt-3 list-disc pl-6">
        {scopes.map((scope) => (
          <li key={scope}>{PERSON_SCOPES[scope]}</li>
        ))}
      </ul>
      {consents.length > 0 && (
        <section aria-labelledby="consents-heading" className="mt-6">
          <h2 id="consents-heading" className="text-xl font-bold">
            Согласия на обработку персональных данных
          </h2>
          <p className="mt-2">Нажимая «Предоставить», вы даете также эти согласия:</p>
          {consents.map((consent, index) => (
            <article key={index} className="mt-4 rounded border border-gray-300 p-4">
              <h3 className="font-semibold">{consent.title}</h3>
              {consent.responsibleObject && <p className="mt-1">Кому: {consent.responsibleObject}</p>}
              <p className="mt-2">Цели: {consent.purposes.join("; ")}</p>
              <p className="mt-1">Действия с данными: {consent.actions.join("; ")}</p>
              {consent.data.length > 0 && <p className="mt-1">Данные: {consent.data.join(", ")}</p>}
              <p className="mt-1">{consent.term}</p>
            </article>
          ))}
        </section>
      )}
      {orgScopes.length > 0 && (
        <section aria-labelledby="org-scopes-heading" className="mt-6">
          <h2 id="org-scopes-heading" className="text-xl font-bold">
            Данные организации
          </h2>
          <p className="mt-2">Если вы войдете как сотрудник организации, система получит также:</p>
          <ul className="mt-2 list-disc pl-6">
            {orgScopes.map((scope) => (
              <li key={scope}>{ORG_SCOPES[scope]}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-4 flex flex-wrap gap-4">
        <form method="post" action={`${MOCK_PATH}/consent/decision`}>
          <input type="hidden" name="request" value={request} />
          {orgScopes.length > 0 && (
            <fieldset className="mt-6">
              <legend className="text-lg font-semibold">Войти как</legend>
              <label className="mt-2 flex items-start gap-2">
                <input type="radio" name="org" value="" defaultChecked className="mt-1.5 h-4 w-4" />
                <span>Частное лицо</span>
              </label>
              {memberships.map((membership) => (
                <label key={membership.organization.oid} className="mt-2 flex items-start gap-2">
                  <input type="radio" name="org" value={membership.organization.oid} className="mt-1.5 h-4 w-4" />
                  <span>
                    {membership.organization.shortName}
                    <span className="block text-sm text-slate-700">
                      {ORGANIZATION_TYPES[membership.organization.type as OrganizationType] ??
                        membership.organization.type}
                      , ОГРН {membership.organization.ogrn}; {membership.position}
                      {membership.chief ? ", руководитель" : ""}
                    </span>
                  </span>
                </label>
              ))}
              {memberships.length === 0 && (
                <p className="mt-2 text-slate-700">
                  Вы не состоите ни в одной организации: войти можно только как частное лицо.
                </p>
              )}
            </fieldset>
          )}
          <button
            type="submit"
            name="decision"
            value="grant"
            className="mt-6 rounded bg-[#0d4cd3] px-5 py-2.5 font-semibold text-white"
          >
            Предоставить
          </button>
        </form>
        <form method="post" action={`${MOCK_PATH}/consent/decision`}>
          <input type="hidden" name="request" value={request} />
          <button
            type="submit"
            name="decision"
            value="refuse"
            className="mt-6 rounded border-2 border-[#0d4cd3] px-5 py-2.5 font-semibold text-[#0d4cd3]"
          >
            Отказать
          </button>
        </form>
      </div>
    </>
  );
}
