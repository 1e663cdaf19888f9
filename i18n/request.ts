import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogue } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE, localeForPath } from "@/lib/i18n/locales";

// next-intl without i18n routing (decision 0019): the language is the person's choice kept in a
// cookie, never a prefix in the address, so every link, bookmark and e-mail link stays one URL.
export default getRequestConfig(async () => {
  const locale = localeForPath((await headers()).get("x-pathname"), (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogue(locale), timeZone: "Europe/Moscow" };
});
