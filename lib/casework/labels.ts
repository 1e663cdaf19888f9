import { STATUS_INFO, type ApplicationStatus } from "../applications/application-status";
import { formatRubles } from "../benefits/money";
import { BENEFIT_SERVICES, isServiceId } from "../benefits/services";
import { formatRussianDate } from "../validation/calendar-date";
import type { StaffRole } from "./access";

// Russian words and formats of the caseworker's screens, in one place.

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Moscow",
});
const monthYear = new Intl.DateTimeFormat("ru-RU", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

export function formatDue(date: string | null): string {
  return date ? formatRussianDate(date) : "—";
}

const GENITIVE_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

/** «с января 2027 г.»: a month after «с», in the genitive the preposition asks for. */
export function sinceMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return `с ${GENITIVE_MONTHS[number - 1] ?? month} ${year} г.`;
}

/** «декабрь 2026 г.» for a `yyyy-mm` month. */
export function formatMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return monthYear.format(new Date(Date.UTC(year, number - 1, 1)));
}

export function formatAmount(kopecks: number | null): string {
  return kopecks === null ? "—" : formatRubles(kopecks);
}

export function statusLabel(status: string): string {
  return STATUS_INFO[status as ApplicationStatus]?.label ?? status;
}

export function serviceTitle(serviceId: string): string {
  return isServiceId(serviceId) ? BENEFIT_SERVICES[serviceId].shortTitle : serviceId;
}

export const ROLE_NAMES: Record<StaffRole, string> = {
  caseworker: "специалист",
  supervisor: "руководитель",
  administrator: "администратор",
  ministry: "министерство",
};

export const ACTOR_NAMES: Record<string, string> = {
  applicant: "заявитель",
  caseworker: "специалист",
  supervisor: "руководитель",
  system: "портал",
};

/** What an audit entry's action means, for «Журнал аудита». */
export const AUDIT_ACTIONS: Record<string, string> = {
  "casework.queue.view": "Поиск в очереди заявлений",
  "casework.application.view": "Просмотр заявления",
  "casework.attachment.download": "Открытие вложения",
  "casework.takeIntoWork": "Взять в работу",
  "casework.requestDocuments": "Запросить документы",
  "casework.resumeReview": "Продолжить рассмотрение",
  "casework.approve": "Принять положительное решение",
  "casework.reject": "Отказать",
  "casework.reassign": "Назначить исполнителя",
  "casework.export": "Выгрузить в CSV",
  "casework.statistics.view": "Просмотр статистики",
  "casework.audit.view": "Просмотр журнала аудита",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}

export const AUDIT_OUTCOMES: Record<string, string> = {
  success: "выполнено",
  refused: "отказано в доступе",
  failed: "не выполнено",
};

/** Why an entry was refused or failed, from its details. */
export const AUDIT_REASONS: Record<string, string> = {
  otherTerritory: "заявление другого территориального органа",
  role: "недоступно для роли",
  draft: "черновик заявителя",
  notFound: "не найдено",
  conflict: "заявление уже изменено другим сотрудником",
  finalStatus: "решение уже принято",
  actionNotAvailable: "недоступно в текущем статусе",
  actorNotAllowed: "недоступно для роли",
  assignee: "исполнитель не из этого органа",
};
