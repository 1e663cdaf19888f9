import { restRoute } from "@/app/esia-mock/_lib/rest-route";
import { personResource } from "@/lib/esia-mock/rest";

export const dynamic = "force-dynamic";

/** GET /rs/prns/{oid}[/ctts|docs|addrs|kids[/{id}]] with a Bearer access token. */
export const GET = restRoute(
  personResource,
  'application/json; charset=utf-8; schema="https://esia.gosuslugi.ru/rs/model/prn/Person-3"',
);
