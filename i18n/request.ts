import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locales";
import { catalogue } from "@/lib/i18n/catalogue";

// next-intl without i18n routing (decision 0019): the language is the person's choice kept in a
// cookie, never a prefix in the address, so every link, bookmark and e-mail link stays one URL.
export default getRequestConfig(async () => {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogue(locale), timeZone: "Europe/Moscow" };
});
