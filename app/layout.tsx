import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { PORTAL_NAME, SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: PORTAL_NAME, template: `%s — ${PORTAL_NAME}` },
  description: "Меры социальной поддержки семей с детьми в электронном виде: компенсация родительской платы за детский сад, ежемесячное пособие на ребенка.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: the CSP nonce is new for every response, so nothing is prerendered.
  await connection();
  return (
    <html lang="ru">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-3 focus:py-2 focus:text-black"
        >
          Перейти к основному содержанию
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
