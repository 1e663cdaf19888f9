import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { requireUser, safeReturnTo } from "@/app/_lib/auth";

const SECTIONS = [
  { href: "/cabinet", title: "Профиль" },
  { href: "/cabinet/applications", title: "Мои заявления" },
  { href: "/cabinet/notifications", title: "Уведомления" },
  { href: "/cabinet/settings", title: "Настройки" },
];

export default async function CabinetLayout({ children }: { children: ReactNode }) {
  // Each page checks the user too; this guard covers any page that would forget.
  await requireUser(safeReturnTo((await headers()).get("x-pathname")));
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label="Разделы личного кабинета">
        <ul className="flex flex-wrap gap-3 md:flex-col">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="text-brand-800 underline">
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
