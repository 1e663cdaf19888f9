import Link from "next/link";
import { PortalChrome } from "@/app/_components/portal-chrome";

export default function NotFound() {
  return (
    <PortalChrome>
      <h1 className="text-2xl font-bold">Страница не найдена</h1>
      <p className="mt-3">Возможно, адрес набран с ошибкой или страница была удалена.</p>
      <p className="mt-3">
        <Link href="/" className="text-brand-800 underline">
          Перейти на главную страницу
        </Link>
      </p>
    </PortalChrome>
  );
}
