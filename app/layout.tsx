import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorPageWordsProvider } from "@/components/error-page-words";
import { FormFrameWordsProvider } from "@/components/forms/fields";
import { NoScriptErrorPage } from "@/components/no-script-error-page";
import { noScriptErrorHtml } from "@/components/no-script-error-style";
import { ServiceWorker } from "@/components/service-worker";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return {
    title: { default: t("name"), template: `%s — ${t("name")}` },
    applicationName: t("shortName"),
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/emblem.svg", type: "image/svg+xml" },
      ],
      apple: "/icon-180.png",
    },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d4cd3" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: the CSP nonce is new for every response, so nothing is prerendered.
  await connection();
  const locale = await getLocale();
  const messages = await getMessages();
  const form = await getTranslations("form");
  const request = await headers();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        {/* The error page without JavaScript when this page fails on the server (Next leaves it blank). */}
        <NoScriptErrorPage
          html={noScriptErrorHtml(messages.errorPage, request.get("x-request-id") ?? "", request.get("x-nonce") ?? "")}
        />
        {/* The error page's and the forms' frame words in the page's language (a few texts, not the catalogue). */}
        <ErrorPageWordsProvider words={messages.errorPage}>
          <FormFrameWordsProvider
            words={{
              errorPrefix: form("errorPrefix"),
              summaryTitle: form("summaryTitle"),
              failedTitle: form("failedTitle"),
            }}
          >
            {children}
          </FormFrameWordsProvider>
        </ErrorPageWordsProvider>
        <ServiceWorker />
      </body>
    </html>
  );
}
