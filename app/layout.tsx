import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ServiceWorker } from "@/components/service-worker";
import { PORTAL_NAME } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: PORTAL_NAME, template: `%s — ${PORTAL_NAME}` },
  applicationName: "Услуги РТ",
  icons: { icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/emblem.svg", type: "image/svg+xml" }], apple: "/icon-180.png" },
  description: "Меры социальной поддержки семей с детьми в электронном виде: компенсация родительской платы за детский сад, ежемесячное пособие на ребенка.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d4cd3" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: the CSP nonce is new for every response, so nothing is prerendered.
  await connection();
  return (
    <html lang="ru">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
