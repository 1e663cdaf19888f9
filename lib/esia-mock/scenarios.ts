// Failures are data: each named scenario is a defect the mock plays for one account (set on a
// persona in the seed, or at run time through POST /esia-mock/__control/scenario). Tests of the
// portal's ESIA client pick a scenario instead of patching the mock.

export const SCENARIOS = {
  access_denied: { stage: "authorize", title: "Пользователь отказывает в доступе: error=access_denied, ESIA-007004" },
  unconfirmed_refused: {
    stage: "authorize",
    title: "Вход неподтвержденной записью запрещен: ESIA-007055 (как при person_filter=conf_acc)",
  },
  token_server_error: { stage: "token", title: "Сбой ЕСИА при выдаче маркера: HTTP 500 с HTML-страницей" },
  token_slow: { stage: "token", title: "Медленный ответ при выдаче маркера: 10 секунд" },
  token_expired: { stage: "token", title: "Маркеры с истекшим сроком действия (exp в прошлом)" },
  token_malformed: { stage: "token", title: "Искаженный маркер идентификации: не JWT" },
  token_bad_signature: { stage: "token", title: "Маркеры подписаны чужим ключом" },
  token_alg_none: { stage: "token", title: "Маркеры без подписи: alg=none" },
  token_wrong_issuer: { stage: "token", title: "Чужой издатель (iss)" },
  token_wrong_audience: { stage: "token", title: "Маркеры выданы другой системе (aud, client_id)" },
  token_wrong_nonce: { stage: "token", title: "В маркере идентификации чужой nonce" },
  token_missing_claims: { stage: "token", title: "В маркерах нет sub, urn:esia:sbj_id и urn:esia:sbj" },
  rest_unauthorized: { stage: "rest", title: "REST API отвечает 401 на любой маркер" },
  rest_forbidden: { stage: "rest", title: "REST API отвечает 403: доступ к данным не предоставлен" },
  rest_server_error: { stage: "rest", title: "REST API отвечает 500" },
  checks_fail_pfr: { stage: "checks", title: "Проверка в Пенсионном фонде не пройдена" },
  checks_fail_fms: { stage: "checks", title: "Проверка паспорта в МВД (ФМС) не пройдена" },
} as const;

export type ScenarioName = keyof typeof SCENARIOS;
export type TokenDefect = Extract<ScenarioName, `token_${string}`>;

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === "string" && Object.hasOwn(SCENARIOS, value);
}

/** A stored scenario string that is no longer known plays as no scenario at all. */
export function scenarioOf(value: string | null | undefined): ScenarioName | null {
  return isScenarioName(value) ? value : null;
}

export const SLOW_TOKEN_DELAY_MS = 10_000;
