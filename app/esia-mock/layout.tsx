import type { Metadata } from "next";
import Link from "@/components/link";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/skip-link";
import { ensureMockEnabled } from "./_lib/mock";

export const metadata: Metadata = {
  title: { default: "ЕСИА (имитатор)", template: "%s — ЕСИА (имитатор)" },
  robots: { index: false, follow: false },
};

export default function EsiaMockLayout({ children }: { children: ReactNode }) {
  ensureMockEnabled();
  return (
    <>
      <SkipLink label="Перейти к основному содержанию" />
      <div className="bg-amber-200 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        Имитатор ЕСИА для разработки и тестов. Это не Госуслуги: не вводите настоящие данные.
      </div>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/esia-mock" className="text-lg font-bold text-[#0d4cd3]">
            госуслуги <span className="font-normal text-slate-600">· ЕСИА</span>
          </Link>
          <nav aria-label="Разделы имитатора" className="flex flex-wrap gap-4 text-sm">
            <Link href="/esia-mock/profile" className="underline">
              Личный кабинет
            </Link>
            <Link href="/esia-mock/outbox" className="underline">
              Исходящие сообщения
            </Link>
            <Link href="/esia-mock/scenarios" className="underline">
              Сценарии
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-slate-50 px-4 py-4 text-center text-sm text-slate-700">
        Телефоны поддержки Госуслуг: в России 8 (800) 100-70-10, за границей +7 (499) 550-18-39
      </footer>
    </>
  );
}
