import Link from "@/components/link";

/** Staff pages that do not exist, and those a role may not open (the same answer for both). */
export default function StaffNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Страница не найдена</h1>
      <p className="mt-3">Такой страницы нет или она недоступна для вашей роли.</p>
      <p className="mt-3">
        <Link href="/staff" className="text-brand-800 underline">
          На главную страницу рабочего места
        </Link>
      </p>
    </>
  );
}
