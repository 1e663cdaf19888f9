import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { prisma } from "@/lib/db/runtime";
import { formatLongDateTime } from "@/lib/i18n/format";
import { parseLocale } from "@/lib/i18n/locales";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

const SHOWN = 100;

export default async function NotificationsPage() {
  const { user } = await requireUser("/cabinet/notifications");
  const db = await prisma();
  const [notifications, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN,
    }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  const t = await getTranslations("notifications");
  const locale = parseLocale(await getLocale());
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {notifications.length === 0 ? (
        <p className="mt-3">{t("empty")}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-x-6">
            <p className="mt-6" data-testid="unread-count">
              {unread === 0 ? t("allRead") : t("unread", { count: unread })}
            </p>
            {unread > 0 ? (
              <form action={markAllReadAction}>
                <SubmitButton variant="secondary">{t("markAllRead")}</SubmitButton>
              </form>
            ) : null}
          </div>
          <ul className="mt-6 space-y-3" aria-label={t("list")}>
            {notifications.map((notification) => {
              const isUnread = notification.readAt === null;
              return (
                <li
                  key={notification.id}
                  data-unread={isUnread ? "true" : "false"}
                  className={`rounded border p-4 ${isUnread ? "border-l-8 border-brand-700 bg-brand-50" : "border-slate-300"}`}
                >
                  <article aria-labelledby={`notification-${notification.id}`}>
                    <h2
                      id={`notification-${notification.id}`}
                      className={`text-lg ${isUnread ? "font-bold" : "font-semibold"}`}
                    >
                      {isUnread ? (
                        <span className="mr-2 inline-block rounded bg-brand-700 px-2 py-0.5 align-middle text-sm font-semibold text-white">
                          {t("new")}
                        </span>
                      ) : null}
                      {notification.title}
                    </h2>
                    <p className="text-sm text-slate-700">
                      <time dateTime={notification.createdAt.toISOString()}>
                        {formatLongDateTime(locale, notification.createdAt)}
                      </time>
                    </p>
                    <p className="mt-2">{notification.body}</p>
                  </article>
                </li>
              );
            })}
          </ul>
          {notifications.length === SHOWN ? (
            <p className="mt-4 text-sm text-slate-700">{t("shown", { count: SHOWN })}</p>
          ) : null}
        </>
      )}
    </>
  );
}
