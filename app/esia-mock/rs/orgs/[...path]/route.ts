import { restRoute } from "@/app/esia-mock/_lib/rest-route";
import { organizationResource } from "@/lib/esia-mock/rest";

export const dynamic = "force-dynamic";

/** GET /rs/orgs/{oid}[/emps|addrs|ctts[/{id}]] with a Bearer access token. */
export const GET = restRoute(organizationResource, "application/json; charset=utf-8");
