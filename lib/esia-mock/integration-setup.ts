import { registerDatabaseGuest } from "../db/guests";
import { esiaMockGuest } from "./boot";

// Integration tests (vitest.config.mts setupFiles): the test databases carry the mock's schema,
// as a started portal's do (lib/boot.ts registers the same guest). Its data is seeded by the
// tests that need it, so the guest's own seeding stays off here.
registerDatabaseGuest(
  esiaMockGuest({
    ESIA_MOCK_ENABLED: false,
    ESIA_CLIENT_CERTIFICATE_FILE: undefined,
    ESIA_CLIENT_ID: "RTPORTAL01",
    APP_URL: "http://localhost:3000",
  }),
);
