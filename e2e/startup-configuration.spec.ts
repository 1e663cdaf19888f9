import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// Starting the production server with a bad setting must stop it with one line naming the setting.
function startPortal(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "3199"], {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PGLITE_DATA_DIR: ".data/e2e/never-opened",
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

test.describe("an operator starts the portal in production with a bad configuration", () => {
  test("without AUTH_SECRET it refuses to start", async () => {
    const { code, stderr } = await startPortal({});
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "Ошибка конфигурации: переменная окружения AUTH_SECRET не задана, а в режиме production она обязательна",
    ]);
  });

  test("with a DATABASE_URL that is not a PostgreSQL address it refuses to start", async () => {
    const { code, stderr } = await startPortal({
      AUTH_SECRET: "x".repeat(48),
      DATABASE_URL: "mysql://portal@db/portal",
    });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Ошибка конфигурации: переменная окружения DATABASE_URL /);
  });

  test("with the outbox page on but not allowed in production it refuses to start", async () => {
    const { code, stderr } = await startPortal({
      AUTH_SECRET: "x".repeat(48),
      DEV_OUTBOX_ENABLED: "true",
      DELIVERY_TRANSPORT: "outbox",
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "Ошибка конфигурации: переменная окружения DEV_OUTBOX_ENABLED включает страницу /dev/outbox (на ней видны все коды) в режиме production: это допустимо только вместе с DEV_OUTBOX_ALLOW_IN_PRODUCTION=true",
    ]);
  });
});
