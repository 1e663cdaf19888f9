// Demo directory of banks by БИК (research/benefits.md §11: synthetic, valid per §9.3). The form
// shows the bank's name once the БИК is typed; an unknown but well-formed БИК is accepted (the
// directory is a convenience, not the Bank of Russia's full list).

export interface BankReference {
  bik: string;
  name: string;
  correspondentAccount: string;
}

export const DEMO_BANKS: readonly BankReference[] = [
  {
    bik: "049205603",
    name: "ПАО Сбербанк, Отделение «Банк Татарстан» № 8610",
    correspondentAccount: "30101810600000000603",
  },
  { bik: "049205805", name: "ПАО «Ак Барс» Банк", correspondentAccount: "30101810000000000805" },
  { bik: "049205770", name: "ПАО «Татсоцбанк»", correspondentAccount: "30101810300000000770" },
];

export function bankByBik(bik: string): BankReference | null {
  return DEMO_BANKS.find((bank) => bank.bik === bik) ?? null;
}
