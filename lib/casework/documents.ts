import type { ServiceId } from "../benefits/services";

// Documents a caseworker may ask for with «Запросить документы» (§2.5, §8.6 of the benefits brief):
// a checklist per service, plus any other document typed in by the caseworker.

export interface RequestableDocument {
  code: string;
  title: string;
  services: readonly ServiceId[];
}

const ALL: readonly ServiceId[] = ["kindergarten-basic", "kindergarten-additional", "child-allowance"];
const KINDERGARTEN: readonly ServiceId[] = ["kindergarten-basic", "kindergarten-additional"];
const MEANS_TESTED: readonly ServiceId[] = ["kindergarten-additional", "child-allowance"];

export const REQUESTABLE_DOCUMENTS: readonly RequestableDocument[] = [
  { code: "birthCertificate", title: "Свидетельство о рождении ребенка (электронная копия)", services: ALL },
  { code: "nameChange", title: "Документ о перемене фамилии заявителя или ребенка", services: ALL },
  { code: "guardianship", title: "Акт об установлении опеки (попечительства)", services: ALL },
  { code: "kindergartenContract", title: "Договор с детским садом", services: KINDERGARTEN },
  { code: "feeReceipt", title: "Документ о внесении родительской платы", services: KINDERGARTEN },
  { code: "incomeCertificates", title: "Сведения о доходах членов семьи за расчетный период", services: MEANS_TESTED },
  {
    code: "familyConsent",
    title: "Согласие совершеннолетних членов семьи на обработку персональных данных",
    services: MEANS_TESTED,
  },
  { code: "studyCertificate", title: "Справка об обучении ребенка старше 16 лет", services: ["child-allowance"] },
  { code: "bankDetails", title: "Реквизиты счета в банке (карта «Мир»)", services: ALL },
];

export function documentsFor(serviceId: ServiceId): RequestableDocument[] {
  return REQUESTABLE_DOCUMENTS.filter((document) => document.services.includes(serviceId));
}
