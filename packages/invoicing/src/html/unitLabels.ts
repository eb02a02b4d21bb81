/** Labels people read for the UN/ECE Recommendation 20 unit codes invoices use most; other codes show as they are. */
const UNIT_LABELS: Readonly<Record<string, string>> = {
  C62: "pcs",
  H87: "pcs",
  EA: "each",
  KGM: "kg",
  GRM: "g",
  TNE: "t",
  MTR: "m",
  MTK: "m²",
  MTQ: "m³",
  LTR: "l",
  HUR: "h",
  MIN: "min",
  DAY: "days",
  MON: "months",
  ANN: "years",
  KWH: "kWh",
  SET: "sets",
  PR: "pairs",
  XPK: "packages",
  XBX: "boxes",
};

/** A unit code for display: `C62` becomes `pcs`, `KGM` becomes `kg`. */
export function unitLabel(unitCode: string): string {
  return UNIT_LABELS[unitCode] ?? unitCode;
}

/** The EN 16931 VAT category codes (UNCL 5305) with a name people read. */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  S: "Standard rate",
  Z: "Zero rated",
  E: "Exempt",
  AE: "Reverse charge",
  K: "Intra-community supply",
  G: "Export outside the EU",
  O: "Outside the scope of VAT",
  L: "Canary Islands (IGIC)",
  M: "Ceuta and Melilla (IPSI)",
};

/** A VAT category for display: `S` becomes `Standard rate (S)`. */
export function categoryLabel(code: string): string {
  const name = CATEGORY_NAMES[code];
  return name === undefined ? code : `${name} (${code})`;
}
