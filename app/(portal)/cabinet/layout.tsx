import Link from "@/components/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser, safeReturnTo } from "@/app/_lib/auth";

const SECTIONS = [
  { href: "/cabinet", title: "profile" },
  { href: "/cabinet/applications", title: "applications" },
  { href: "/cabinet/notifications", title: "notifications" },
  { href: "/cabinet/settings", title: "settings" },
] as const;

export default async function CabinetLayout({ children }: { children: ReactNode }) {
  // Each page checks the user too; this guard covers any page that would forget.
  await requireUser(safeReturnTo((await headers()).get("x-pathname")));
  const t = await getTranslations("cabinet");
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label={t("navigation")}>
        <ul className="flex flex-wrap gap-3 md:flex-col">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="text-brand-800 underline">
                {t(section.title)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
