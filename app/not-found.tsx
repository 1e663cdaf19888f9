import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { PortalChrome } from "@/app/_components/portal-chrome";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PortalChrome>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("text")}</p>
      <p className="mt-3">
        <Link href="/" className="text-brand-800 underline">
          {t("home")}
        </Link>
      </p>
    </PortalChrome>
  );
}
