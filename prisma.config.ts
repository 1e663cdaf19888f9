import { defineConfig } from "prisma/config";

// Only `prisma generate` is run through the CLI (offline, no engine needed for it).
// Migrations are applied by lib/db/migrate.ts inside the server process.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
