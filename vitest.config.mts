import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: unit tests (pure lib/ logic) and integration tests (*.int.test.ts) against a real
// database: in-memory PGlite, or the PostgreSQL server named by TEST_DATABASE_URL.
export default defineConfig({
  // "server-only" marks modules a client bundle must not import; outside Next it is a no-op here.
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/next/dist/compiled/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          // The mock ESIA's schema is migrated beside the portal's (lib/db/guests.ts).
          setupFiles: ["lib/esia-mock/integration-setup.ts"],
          // One database per run: files take turns rather than racing on the shared server schema.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
