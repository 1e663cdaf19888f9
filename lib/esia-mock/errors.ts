// ESIA's error codes as the real service returns them: `error` is the OAuth code, the
// description starts with ESIA-0070NN (ESIA-0367NN for consents) (research/esia.md §8). The mock never invents other codes.

export const ESIA_ERRORS = {
  "ESIA-007002": {
    error: "invalid_client",
    text: "The certificate does not match the client or no certificate is registered",
  },
  "ESIA-007003": {
    error: "invalid_request",
    text: "The request is missing a required parameter, includes an invalid parameter value or is otherwise malformed",
  },
  "ESIA-007004": { error: "access_denied", text: "The resource owner or authorization server denied the request" },
  "ESIA-007005": {
    error: "unauthorized_client",
    text: "The client is not authorized to request an access token using this method",
  },
  "ESIA-007006": { error: "invalid_scope", text: "The requested scope is invalid, unknown, or malformed" },
  "ESIA-007007": { error: "server_error", text: "The authorization server encountered an unexpected condition" },
  "ESIA-007009": {
    error: "unsupported_response_type",
    text: "The authorization server does not support obtaining an authorization code using this method",
  },
  "ESIA-007011": {
    error: "invalid_grant",
    text: "The provided authorization grant is invalid, expired, revoked, or was issued to another client",
  },
  "ESIA-007012": {
    error: "unsupported_grant_type",
    text: "The authorization grant type is not supported by the authorization server",
  },
  "ESIA-007014": { error: "invalid_request", text: "The request doesn't contain the mandatory parameter" },
  "ESIA-007015": { error: "invalid_request", text: "Wrong request time" },
  "ESIA-007019": { error: "access_denied", text: "OAuthErrorEnum.noGrants" },
  "ESIA-007023": { error: "invalid_request", text: "The redirect_uri is not registered for the client" },
  "ESIA-007039": { error: "invalid_request", text: "No code_challenge was given in the original v2/ac request" },
  "ESIA-007040": { error: "invalid_grant", text: "The code_verifier does not match the code_challenge" },
  "ESIA-007053": { error: "access_denied", text: "OAuthErrorEnum.clientSecretWrong" },
  "ESIA-007055": { error: "access_denied", text: "Login with an unconfirmed account is not allowed" },
  // The text is the brief's (research/esia.md §8); the `error` real ESIA pairs with it is not known.
  "ESIA-007194": { error: "access_denied", text: "The user is not an employee of the requested organization" },
  // Digital Profile consents (`permissions`); the texts are go-api-epgu's (esia/aas/errors.go),
  // the `error` value real ESIA pairs with them is not known (invalid_request assumed).
  "ESIA-036700": { error: "invalid_request", text: "Не указана мнемоника типа согласия" },
  "ESIA-036701": { error: "invalid_request", text: "Не найден тип согласия" },
  "ESIA-036702": { error: "invalid_request", text: "Не указан обязательный скоуп для типа согласия" },
  "ESIA-036703": { error: "invalid_request", text: "Указанные скоупы выходят за рамки разрешенных для типа согласия" },
  "ESIA-036704": { error: "invalid_request", text: "Запрещено указывать скоупы для типа согласия" },
  "ESIA-036705": { error: "invalid_request", text: "Необходимо указать хотя бы одно действие" },
  "ESIA-036706": { error: "invalid_request", text: "Указанное действие не существует" },
  "ESIA-036707": { error: "invalid_request", text: "Необходимо указать хотя бы одну цель" },
  "ESIA-036716": { error: "invalid_request", text: "Указано некорректное время истечения срока действия согласия" },
  "ESIA-036726": { error: "invalid_request", text: "Указанная цель не существует" },
  "ESIA-036727": { error: "invalid_request", text: "Необходимо указать одну цель согласия" },
} as const;

export type EsiaErrorCode = keyof typeof ESIA_ERRORS;

export class EsiaProtocolError extends Error {
  constructor(
    readonly code: EsiaErrorCode,
    readonly detail?: string,
  ) {
    super(`${code}: ${ESIA_ERRORS[code].text}${detail ? ` ${detail}` : ""}`);
    this.name = "EsiaProtocolError";
  }

  get oauthError(): string {
    return ESIA_ERRORS[this.code].error;
  }

  /** The JSON body of a failed token request, or the query of a failed authorization redirect. */
  toResponse(state?: string): { error: string; error_description: string; state?: string } {
    return { error: this.oauthError, error_description: this.message, ...(state ? { state } : {}) };
  }
}
