import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/link";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/skip-link";
import { prisma } from "@/lib/db/runtime";
import { territorialBodyName } from "@/lib/staff/admin";
import { roleLabel, staffNavigation } from "@/lib/staff/navigation";
import { currentStaff } from "./_lib/auth";

export const metadata: Metadata = {
  title: { default: "Рабочее место специалиста", template: "%s — Рабочее место специалиста" },
};

// The staff side has its own chrome: no citizens' header, no links to ESIA or the cabinet. Pages
// check access themselves; the header only shows who is signed in and their sections.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const signedIn = await currentStaff();
  const body = signedIn ? await territorialBodyName(await prisma(), signedIn.staff.territoryId) : null;
  const path = (await headers()).get("x-pathname")?.split("?")[0] ?? "";
  return (
    <>
      <SkipLink label="Перейти к основному содержанию" />
      <header className="bg-slate-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/staff" className="text-lg font-semibold hover:underline">
              Рабочее место специалиста
            </Link>
            {signedIn ? (
              <p className="text-sm" data-testid="staff-signed-in">
                <span className="font-semibold">{signedIn.staff.fullName}</span>,{" "}
                {roleLabel(signedIn.staff.role).toLowerCase()}
                {body ? <span className="block">{body}</span> : null}
              </p>
            ) : null}
          </div>
          {signedIn ? (
            <nav aria-label="Разделы рабочего места" className="flex flex-wrap items-center gap-4">
              {staffNavigation(signedIn.staff.role).map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  aria-current={path === link.href || path.startsWith(`${link.href}/`) ? "page" : undefined}
                  className="font-semibold underline"
                >
                  {link.title}
                </Link>
              ))}
              {/* A plain POST (no JavaScript needed); the strict same-site cookie keeps other sites from signing anyone out. */}
              <form action="/staff/logout" method="post">
                <button
                  type="submit"
                  className="rounded border-2 border-white px-3 py-1 font-semibold hover:bg-white hover:text-slate-900"
                >
                  Выйти
                </button>
              </form>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-slate-100 px-4 py-4 text-center text-sm text-slate-700">
        Министерство труда, занятости и социальной защиты Республики Татарстан
      </footer>
    </>
  );
}
