import { describe, expect, it } from "vitest";
import { confirmedContacts, NOTICE_CHANNELS, noticeRecipients, type ContactState } from "./recipients";

const user = (overrides: Partial<ContactState> = {}): ContactState => ({
  email: "ivanova@mail.ru",
  emailVerified: true,
  phone: "+79171234567",
  phoneVerified: true,
  noticeChannels: "both",
  ...overrides,
});

describe("noticeRecipients", () => {
  it.each([
    ["both", ["email", "sms"]],
    ["email", ["email"]],
    ["sms", ["sms"]],
  ] as const)("sends to the chosen channels (%s)", (choice, channels) => {
    expect(noticeRecipients(user({ noticeChannels: choice }), null).map((r) => r.channel)).toEqual(channels);
  });

  it("sends nothing to unconfirmed contacts", () => {
    expect(noticeRecipients(user({ emailVerified: false, phoneVerified: false }), null)).toEqual([]);
    expect(noticeRecipients(user({ emailVerified: false, noticeChannels: "email" }), null)).toEqual([]);
  });

  it("counts contacts that ESIA reports as verified as confirmed", () => {
    const esia = { email: "IVANOVA@mail.ru", mobile: "+79171234567" };
    expect(noticeRecipients(user({ emailVerified: false, phoneVerified: false }), esia)).toEqual([
      { channel: "email", recipient: "ivanova@mail.ru" },
      { channel: "sms", recipient: "+79171234567" },
    ]);
  });

  it("does not take ESIA's word for a different address", () => {
    expect(
      confirmedContacts(user({ emailVerified: false, phoneVerified: false }), {
        email: "other@mail.ru",
        mobile: "+79990000000",
      }),
    ).toEqual({ email: null, phone: null });
  });

  it("treats an unknown stored choice as both, and no contact as nobody", () => {
    expect(noticeRecipients(user({ noticeChannels: "pigeon" }), null)).toHaveLength(2);
    for (const choice of NOTICE_CHANNELS)
      expect(noticeRecipients(user({ email: null, phone: null, noticeChannels: choice }), null)).toEqual([]);
  });
});
