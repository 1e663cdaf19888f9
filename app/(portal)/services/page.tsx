import type { Metadata } from "next";
import Link from "next/link";
import { serviceById, SERVICE_IDS } from "@/lib/benefits";

export const metadata: Metadata = { title: "Услуги" };

export default function ServicesPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Услуги в сфере социальной защиты</h1>
      <p className="mt-3 max-w-3xl">
        Заявление подается и результат получается полностью в электронном виде, без личного обращения в орган социальной
        защиты. Нужна стандартная или подтвержденная учетная запись ЕСИА, привязанная к личному кабинету.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {SERVICE_IDS.map(serviceById).map((service) => (
          <li key={service.id} className="rounded border border-slate-300 p-4">
            <h2 className="font-semibold">
              <Link href={`/services/${service.id}`} className="text-brand-800 underline">
                {service.title}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700">{service.result}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
