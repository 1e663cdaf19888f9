import { describe, expect, it } from "vitest";
import {
  MAX_BODY_BYTES,
  screenActionForm,
  screenActionHeader,
  screenActionText,
  screenAddress,
  screenFormEncoded,
  screenLength,
} from "./request-screen";

describe("the edge's screening of hostile requests", () => {
  it("refuses addresses with NUL, controls or broken UTF-8, and keeps ordinary ones", () => {
    expect(screenAddress("/services/3", "?tab=1&q=%D0%BA%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C")).toEqual({ ok: true });
    expect(screenAddress("/login", "?returnTo=%2Fcabinet%2Fapplications")).toEqual({ ok: true });
    expect(screenAddress("/services/%ED%A0%80", "")).toMatchObject({ ok: false, status: 400 });
    expect(screenAddress("/services/%E0%A4%A", "")).toMatchObject({ ok: false, status: 400 });
    expect(screenAddress("/dev/outbox", "?recipient=%00")).toMatchObject({ ok: false, status: 400 });
    expect(screenAddress("/esia-mock/aas/oauth2/v2/ac", "?client_id=RTPORTAL01%00")).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(screenAddress("/x", "?a=%ZZ")).toMatchObject({ ok: false, status: 400 });
    expect(screenFormEncoded("grant_type=authorization_code&client_id=RTPORTAL01")).toEqual({ ok: true });
    expect(screenFormEncoded("client_id=RTPORTAL01%00")).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a declared body over the actions' 12 MB with 413", () => {
    expect(screenLength(String(11 * 1024 * 1024))).toEqual({ ok: true });
    expect(screenLength(String(MAX_BODY_BYTES + 1))).toMatchObject({ ok: false, status: 413 });
    expect(screenLength("-5")).toMatchObject({ ok: false, status: 400 });
    expect(screenLength(null)).toEqual({ ok: true });
  });

  it("accepts only hex action ids and bodies React can decode", () => {
    expect(screenActionHeader("00aca9ab68ed982b358310b9b55229547b307e5987")).toEqual({ ok: true });
    expect(screenActionHeader("deadbeef' OR 1=1")).toMatchObject({ ok: false, status: 400 });
    expect(screenActionText('["1 OR 1=1", {}]')).toEqual({ ok: true });
    expect(screenActionText("not json")).toMatchObject({ ok: false, status: 400 });
    expect(screenActionText('{"a":1}')).toMatchObject({ ok: false, status: 400 });
    const form = new FormData();
    form.append("0", '["$K1"]');
    form.append("_1_login", "ivan");
    expect(screenActionForm(form)).toEqual({ ok: true });
    expect(screenActionText('[{"errors":{}}, "$K1", "$$escaped", "$undefined", "$D2026-01-01T00:00:00.000Z"]')).toEqual(
      { ok: true },
    );
    for (const reference of ['["$Q1"]', '[{}, "$@1"]', '["$W0"]', '[{"a":["$h1"]}]', '["$n12x"]', '[{"$Q1":1}]']) {
      expect(screenActionText(reference), reference).toMatchObject({ ok: false, status: 400 });
    }
    const noScript = new FormData();
    noScript.append("$ACTION_REF_1", "");
    noScript.append("$ACTION_1:0", '{"id":"00aca9ab68ed982b358310b9b55229547b307e5987","bound":"$@1"}');
    noScript.append("$ACTION_1:1", "[]");
    expect(screenActionForm(noScript)).toEqual({ ok: true });
    noScript.append("$ACTION_1:2", '{"bound":"$Q1"}');
    expect(screenActionForm(noScript)).toMatchObject({ ok: false, status: 400 });
    form.append("1", "{broken");
    expect(screenActionForm(form)).toMatchObject({ ok: false, status: 400 });
  });
});
