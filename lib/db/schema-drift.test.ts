import path from "node:path";
import { describe, expect, it } from "vitest";
import { crossSchemaRelations, expectedShape, parseDmmf, readDmmf, schemasOf } from "./schema-drift";

// The datamodel's two rooms: the portal's tables in public, the mock ESIA's in esia_mock, and no
// relation from one to the other (decision 0022).

const dmmf = readDmmf(path.join(process.cwd(), "prisma", "schema.prisma"));
const modelsIn = (schema: string) =>
  (dmmf.datamodel.models as { name: string; schema?: string | null }[])
    .filter((model) => (model.schema ?? "public") === schema)
    .map((model) => model.name)
    .sort();

describe("the datamodel's schemas", () => {
  it("are the portal's and the mock ESIA's", () => {
    expect(schemasOf(dmmf)).toEqual(["esia_mock", "public"]);
  });

  it("put every mock model in esia_mock and keep the portal's records of ESIA links and logins in public", () => {
    expect(modelsIn("esia_mock")).toEqual([
      "EsiaAccount",
      "EsiaAddress",
      "EsiaAuthCode",
      "EsiaAuthRequest",
      "EsiaClient",
      "EsiaDataCheck",
      "EsiaDocument",
      "EsiaGostSigningKey",
      "EsiaKid",
      "EsiaMailCode",
      "EsiaOrgEmployee",
      "EsiaOrganization",
      "EsiaOutboxMessage",
      "EsiaPendingVerification",
      "EsiaRefreshToken",
      "EsiaSession",
      "EsiaSigningKey",
    ]);
    expect(modelsIn("public")).toEqual(expect.arrayContaining(["EsiaLink", "EsiaPendingLogin", "User"]));
    expect(modelsIn("public").filter((name) => name.startsWith("Esia"))).toEqual(["EsiaLink", "EsiaPendingLogin"]);
  });

  it("qualify the mock's enums with its schema, as PostgreSQL names them outside the search path", () => {
    const shape = expectedShape(dmmf);
    expect(shape.enums).toContain("esia_mock.EsiaLevel: simplified, standard, confirmed");
    expect(shape.columns).toContain("esia_mock.esia_mock_account.level esia_mock.EsiaLevel not null default");
    expect(shape.enums).toContain("StaffRole: caseworker, supervisor, administrator, ministry");
  });

  it("join no portal model with a mock model", () => {
    expect(crossSchemaRelations(dmmf)).toEqual([]);
  });

  it("names a relation that crosses the schemas, and qualifies the guest's tables in the expected shape", () => {
    const crossing = parseDmmf(`
      datasource db {
        provider = "postgresql"
        schemas  = ["public", "guest"]
      }
      model Account {
        id    Int    @id
        links Link[]
        @@map("account")
        @@schema("guest")
      }
      model Link {
        id        Int     @id
        accountId Int
        account   Account @relation(fields: [accountId], references: [id])
        @@schema("public")
      }`);
    expect(crossSchemaRelations(crossing).sort()).toEqual(["Account.links -> Link", "Link.account -> Account"]);
    expect(expectedShape(crossing).foreignKeys).toEqual([
      "Link (accountId) -> guest.account (id) on delete RESTRICT on update CASCADE",
    ]);
    expect(expectedShape(crossing).columns).toContain("guest.account.id integer not null");
  });
});
