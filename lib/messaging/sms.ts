// How many SMS a text costs. A text in the GSM 03.38 alphabet takes 160 characters in one SMS and
// 153 per part when split (the rest carries the concatenation header); the characters of the
// extension table take two places. Anything else — Cyrillic among it — is sent in UCS-2:
// 70 UTF-16 units in one SMS, 67 per part.

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

export interface SmsSize {
  encoding: "gsm7" | "ucs2";
  /** Places the text takes in its encoding. */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let gsm = true;
  let gsmUnits = 0;
  for (const character of text) {
    if (GSM_BASIC.includes(character)) gsmUnits += 1;
    else if (GSM_EXTENSION.includes(character)) gsmUnits += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: "gsm7", units: gsmUnits, segments: gsmUnits <= 160 ? 1 : Math.ceil(gsmUnits / 153) };
  const units = text.length; // UTF-16 code units: a character beyond the BMP takes two
  return { encoding: "ucs2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
