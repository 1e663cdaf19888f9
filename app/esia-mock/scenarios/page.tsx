import type { Metadata } from "next";
import { SubmitButton } from "@/components/forms/submit-button";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { isScenarioName, SCENARIOS } from "@/lib/esia-mock/scenarios";
import { mockDb } from "../_lib/mock";
import { SelectField } from "@/components/forms/fields";
import { setScenarioAction } from "./actions";

export const metadata: Metadata = { title: "Сценарии сбоев" };

const STAGES: Record<string, string> = {
  authorize: "Вход и согласие",
  token: "Выдача маркеров",
  rest: "REST API данных пользователя",
  checks: "Проверка личных данных",
};

const OPTIONS = [
  { value: "", label: "Без сценария" },
  ...Object.entries(SCENARIOS).map(([name, { title }]) => ({ value: name, label: title })),
];

/** Which failure each seeded persona plays: for people trying the portal; tests use the JSON API. */
export default async function ScenariosPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { saved, problem } = await searchParams;
  const personas = await (
    await mockDb()
  ).esiaAccount.findMany({
    where: { personaKey: { not: null } },
    orderBy: { oid: "asc" },
    select: { personaKey: true, lastName: true, firstName: true, level: true, status: true, scenario: true },
  });
  const savedPersona = personas.find((persona) => persona.personaKey === saved);
  return (
    <>
      <h1 className="text-2xl font-bold">Сценарии сбоев</h1>
      <p className="mt-2">
        Сценарий — сбой, который имитатор разыгрывает для одной тестовой учетной записи: отказ в доступе, испорченный
        маркер, ошибка REST API, непройденная проверка данных. Так клиент ЕСИА можно проверить на отказы без правки
        имитатора.
      </p>
      <p className="mt-2 text-sm">
        Для автотестов: <code className="break-all">POST /esia-mock/api/scenario</code> с телом JSON{" "}
        <code className="break-all">{`{"personaKey": "standard", "scenario": "token_expired"}`}</code> (или{" "}
        <code>null</code>, чтобы снять).
      </p>

      {savedPersona ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3">
          Сохранено для {savedPersona.lastName} {savedPersona.firstName}:{" "}
          {isScenarioName(savedPersona.scenario) ? SCENARIOS[savedPersona.scenario].title : "без сценария"}.
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 p-3">
          Не удалось сохранить сценарий: выберите сценарий из списка.
        </p>
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">Тестовые учетные записи</h2>
      <ul className="mt-3 space-y-4">
        {personas.map((persona) => {
          const key = persona.personaKey!;
          const name = `${persona.lastName} ${persona.firstName}`;
          return (
            <li key={key} id={`persona-${key}`} className="rounded border border-slate-300 p-4">
              <form action={setScenarioAction} aria-label={`Сценарий: ${name}`}>
                <h3 className="font-semibold">{name}</h3>
                <p className="text-sm text-slate-700">
                  {LEVEL_TITLES[persona.level]}
                  {persona.status === "DELETED" ? " · удалена" : ""} · ключ <code>{key}</code>
                </p>
                <p className="mt-1" data-testid="current-scenario">
                  Сейчас: {isScenarioName(persona.scenario) ? SCENARIOS[persona.scenario].title : "без сценария"}
                </p>
                <input type="hidden" name="personaKey" value={key} />
                <SelectField
                  idPrefix={key}
                  name="scenario"
                  label="Сценарий"
                  options={OPTIONS}
                  defaultValue={isScenarioName(persona.scenario) ? persona.scenario : ""}
                  className="[&_select]:max-w-full"
                />
                <SubmitButton>Сохранить</SubmitButton>
              </form>
            </li>
          );
        })}
      </ul>

      <h2 className="mt-8 text-xl font-semibold">Все сценарии</h2>
      <dl className="mt-3 space-y-2">
        {Object.entries(SCENARIOS).map(([name, { stage, title }]) => (
          <div key={name}>
            <dt className="font-mono text-sm break-all">{name}</dt>
            <dd>
              {title} <span className="text-sm text-slate-700">({STAGES[stage] ?? stage})</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
