import Link from "@/components/link";
import { mockSettings } from "@/lib/esia-mock/settings";

export default function EsiaMockHome() {
  const { baseUrl, issuer } = mockSettings();
  return (
    <>
      <h1 className="text-2xl font-bold">Единая система идентификации и аутентификации</h1>
      <p className="mt-3">
        Имитатор ЕСИА отвечает по тем же адресам и протоколу, что и esia.gosuslugi.ru, и позволяет разрабатывать и
        проверять вход через ЕСИА без доступа к настоящей системе.
      </p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/login">
            Вход
          </Link>
        </li>
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/registration">
            Регистрация
          </Link>
        </li>
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/profile">
            Личный кабинет
          </Link>
        </li>
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/service-centre">
            Центр обслуживания: рабочее место оператора
          </Link>
        </li>
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/outbox">
            Исходящие SMS, письма и заказные письма
          </Link>
        </li>
        <li>
          <Link className="text-[#0d4cd3] underline" href="/esia-mock/scenarios">
            Сценарии сбоев для тестов
          </Link>
        </li>
      </ul>
      <h2 className="mt-8 text-xl font-semibold">Для разработчиков</h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Базовый адрес</dt>
        <dd className="break-all font-mono text-sm">{baseUrl}</dd>
        <dt className="font-semibold">Издатель маркеров (iss)</dt>
        <dd className="break-all font-mono text-sm">{issuer}</dd>
        <dt className="font-semibold">Авторизация</dt>
        <dd className="break-all font-mono text-sm">GET {baseUrl}/aas/oauth2/v2/ac</dd>
        <dt className="font-semibold">Маркеры</dt>
        <dd className="break-all font-mono text-sm">POST {baseUrl}/aas/oauth2/v3/te</dd>
        <dt className="font-semibold">Данные пользователя</dt>
        <dd className="break-all font-mono text-sm">GET {baseUrl}/rs/prns/&#123;oid&#125;</dd>
      </dl>
    </>
  );
}
