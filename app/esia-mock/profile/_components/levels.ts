import type { Level } from "@/lib/esia-mock/levels";

// What each level of the account allows, in seed 000's words (section 1, «Информация о ЕСИА»).

export const LEVEL_ALLOWS: Record<Level, string> = {
  simplified:
    "Упрощенная учетная запись регистрируется по номеру мобильного телефона или по e-mail и позволяет получить доступ к незначительному перечню услуг, не требующих подтверждения личности.",
  standard:
    "Стандартная учетная запись требует заполнения профиля пользователя и проверки данных и позволяет получить доступ к большему перечню электронных услуг. Для получения большинства услуг на Портале госуслуг Татарстана ее достаточно.",
  confirmed:
    "Личность подтверждена с предъявлением документа, удостоверяющего личность. Подтвержденная учетная запись позволяет получить доступ ко всем электронным услугам органов власти для физических лиц.",
};

/** How the identity was confirmed (EsiaAccount.confirmedBy). */
export const CONFIRMED_BY: Record<string, string> = {
  service_centre: "лично в центре обслуживания",
  mail_code: "кодом подтверждения из заказного письма",
  signature: "электронной подписью или УЭК",
};

export const GENDER_TITLES: Record<string, string> = { M: "Мужской", F: "Женский" };

export const CITIZENSHIP_TITLES: Record<string, string> = { RUS: "Российская Федерация" };
