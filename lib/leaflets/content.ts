import type { ServiceId } from "../benefits/services";

// The two information leaflets of the ministry's letter № 29-14 (seeds/000), in its words: the
// portal, the mobile app «Услуги РТ», the three steps and the applicant block of the form. The
// portal pages and the PDFs for the territorial bodies are both drawn from this.

export type LeafletId = "kindergarten-compensation" | "child-allowance";

export const LEAFLET_IDS: readonly LeafletId[] = ["kindergarten-compensation", "child-allowance"];

export function isLeafletId(value: unknown): value is LeafletId {
  return typeof value === "string" && (LEAFLET_IDS as readonly string[]).includes(value);
}

export interface Leaflet {
  id: LeafletId;
  /** The headline, as on the leaflet. */
  title: string;
  /** The line under it. */
  subtitle: string;
  /** The service pages the leaflet leads to; the QR code points at the first. */
  services: readonly ServiceId[];
}

export const LEAFLETS: Readonly<Record<LeafletId, Leaflet>> = {
  "kindergarten-compensation": {
    id: "kindergarten-compensation",
    title: "Оформи компенсацию за оплату детского сада",
    subtitle: "На Портале госуслуг Республики Татарстан",
    services: ["kindergarten-basic", "kindergarten-additional"],
  },
  "child-allowance": {
    id: "child-allowance",
    title: "Подавайте заявление для получения пособия на ребенка",
    subtitle: "На Портале госуслуг Республики Татарстан",
    services: ["child-allowance"],
  },
};

export const PORTAL_HEADING = "Портал государственных и муниципальных услуг Республики Татарстан";
export const MOBILE_APP = "Мобильное приложение «Услуги РТ»";
export const MOBILE_STORES = ["App Store", "Google Play"] as const;

/** The three steps of the leaflet; `{portal}` is this portal's address. */
export const LEAFLET_STEPS = [
  {
    title: "Зарегистрируйтесь на Портале госуслуг РФ",
    detail: "gosuslugi.ru — стандартная учетная запись ЕСИА: esia.gosuslugi.ru/registration",
  },
  { title: "Выберите услугу на Портале госуслуг Республики Татарстан", detail: "{portal}" },
  { title: "Заполните заявление", detail: "Фамилия*, Имя*, Отчество, Дата рождения*, СНИЛС*, Пол*" },
] as const;

export const SUPPORT_PHONES = [
  { title: "Техническая поддержка gosuslugi.ru", phone: "8 (800) 100-70-10" },
  { title: "Техническая поддержка Портала госуслуг РТ", phone: "8 (843) 5-114-115" },
] as const;

export const ESIA_REGISTRATION_URL = "https://esia.gosuslugi.ru/registration";

/** The portal's address as printed: the host of APP_URL, without a scheme («uslugi.tatarstan.ru»). */
export function portalAddress(appUrl: string): string {
  const url = new URL(appUrl);
  return url.host + (url.pathname === "/" ? "" : url.pathname.replace(/\/$/, ""));
}

/** Where the QR code leads: the leaflet's first service page on this portal. */
export function servicePageUrl(appUrl: string, leaflet: Leaflet): string {
  return new URL(`/services/${leaflet.services[0]}`, appUrl).toString();
}

export function stepDetail(detail: string, appUrl: string): string {
  return detail.replace("{portal}", portalAddress(appUrl));
}
