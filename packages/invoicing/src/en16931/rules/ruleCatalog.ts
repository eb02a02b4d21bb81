import type { RuleFlag } from "./types.js";

// The rule ids and flags follow EN 16931-1 (the official ids, needed to compare with the official conformance tests);
// the messages are o2c's own words: what our check found and how to fix it, naming the business terms (BT-n) and
// groups (BG-n) by id. Data, not logic: kept in one file on purpose.

/**
 * The flag (as in EN 16931-1) and o2c's message of each EN 16931 rule o2c knows, by official rule id. Entries whose
 * message starts "Not checked by o2c yet" are catalogued for completeness but have no check.
 */
export const RULE_CATALOG: Readonly<Record<string, readonly [RuleFlag, string]>> = {
  "BR-01": [
    "fatal",
    "The specification identifier (BT-24) is missing: say which specification the invoice follows, such as urn:cen.eu:en16931:2017.",
  ],
  "BR-02": ["fatal", "The invoice number (BT-1) is missing: give the invoice its number."],
  "BR-03": ["fatal", "The invoice issue date (BT-2) is missing: give the date the invoice was issued."],
  "BR-04": [
    "fatal",
    "The invoice type code (BT-3) is missing: give a UNTDID 1001 code such as 380 (commercial invoice) or 381 (credit note).",
  ],
  "BR-05": [
    "fatal",
    "The invoice currency code (BT-5) is missing: give the ISO 4217 code of the currency the invoice is in.",
  ],
  "BR-06": ["fatal", "The seller name (BT-27) is missing: give the seller's name."],
  "BR-07": ["fatal", "The buyer name (BT-44) is missing: give the buyer's name."],
  "BR-08": ["fatal", "The seller has no postal address: add the seller postal address (BG-5)."],
  "BR-09": ["fatal", "The seller postal address (BG-5) has no country: add the seller country code (BT-40)."],
  "BR-10": ["fatal", "The buyer has no postal address: add the buyer postal address (BG-8)."],
  "BR-11": ["fatal", "The buyer postal address (BG-8) has no country: add the buyer country code (BT-55)."],
  "BR-12": ["fatal", "The document totals (BG-22) lack the sum of invoice line net amounts: add BT-106."],
  "BR-13": ["fatal", "The document totals (BG-22) lack the total amount without VAT: add BT-109."],
  "BR-14": ["fatal", "The document totals (BG-22) lack the total amount with VAT: add BT-112."],
  "BR-15": ["fatal", "The document totals (BG-22) lack the amount due for payment: add BT-115."],
  "BR-16": ["fatal", "The invoice has no line: add at least one invoice line (BG-25)."],
  "BR-17": [
    "fatal",
    "A payee (BG-10) is given but it is unnamed or it is the seller itself: give the payee name (BT-59) of a party other than the seller (not the seller's trading name, not one of the seller identifiers), or leave the payee out.",
  ],
  "BR-18": [
    "fatal",
    "A seller tax representative (BG-11) is given without a name: add the tax representative name (BT-62).",
  ],
  "BR-19": [
    "fatal",
    "A seller tax representative (BG-11) is given without an address: add the tax representative postal address (BG-12).",
  ],
  "BR-20": [
    "fatal",
    "The tax representative postal address (BG-12) has no country: add the tax representative country code (BT-69).",
  ],
  "BR-21": [
    "fatal",
    "An invoice line (BG-25) has no identifier: give every line its invoice line identifier (BT-126).",
  ],
  "BR-22": ["fatal", "An invoice line (BG-25) has no quantity: give every line its invoiced quantity (BT-129)."],
  "BR-23": [
    "fatal",
    "An invoice line (BG-25) has no unit: give every line its invoiced quantity unit of measure code (BT-130).",
  ],
  "BR-24": [
    "fatal",
    "An invoice line (BG-25) has no net amount: give every line its invoice line net amount (BT-131).",
  ],
  "BR-25": ["fatal", "An invoice line (BG-25) has no item name: give every line its item name (BT-153)."],
  "BR-26": ["fatal", "An invoice line (BG-25) has no price: give every line its item net price (BT-146)."],
  "BR-27": ["fatal", "An item net price (BT-146) is missing, negative or not a number: give a price of zero or more."],
  "BR-28": [
    "fatal",
    "An item gross price (BT-148) is negative or not a number: give a price of zero or more, or leave it out.",
  ],
  "BR-29": [
    "fatal",
    "The invoicing period ends before it starts: make the period end date (BT-74) the same as or later than the start date (BT-73).",
  ],
  "BR-30": [
    "fatal",
    "An invoice line period ends before it starts: make the line period end date (BT-135) the same as or later than the start date (BT-134).",
  ],
  "BR-31": ["fatal", "A document level allowance (BG-20) has no amount: add its allowance amount (BT-92)."],
  "BR-32": ["fatal", "A document level allowance (BG-20) has no VAT category: add its VAT category code (BT-95)."],
  "BR-33": [
    "fatal",
    "A document level allowance (BG-20) does not say why it is granted: add the allowance reason (BT-97) or reason code (BT-98).",
  ],
  "BR-36": ["fatal", "A document level charge (BG-21) has no amount: add its charge amount (BT-99)."],
  "BR-37": ["fatal", "A document level charge (BG-21) has no VAT category: add its VAT category code (BT-102)."],
  "BR-38": [
    "fatal",
    "A document level charge (BG-21) does not say what it is for: add the charge reason (BT-104) or reason code (BT-105).",
  ],
  "BR-41": ["fatal", "An invoice line allowance (BG-27) has no amount: add its allowance amount (BT-136)."],
  "BR-42": [
    "fatal",
    "An invoice line allowance (BG-27) does not say why it is granted: add the allowance reason (BT-139) or reason code (BT-140).",
  ],
  "BR-43": ["fatal", "An invoice line charge (BG-28) has no amount: add its charge amount (BT-141)."],
  "BR-44": [
    "fatal",
    "An invoice line charge (BG-28) does not say what it is for: add the charge reason (BT-144) or reason code (BT-145).",
  ],
  "BR-45": ["fatal", "A VAT breakdown (BG-23) has no taxable amount: add the VAT category taxable amount (BT-116)."],
  "BR-46": ["fatal", "A VAT breakdown (BG-23) has no tax amount: add the VAT category tax amount (BT-117)."],
  "BR-47": ["fatal", "A VAT breakdown (BG-23) has no category: add the VAT category code (BT-118)."],
  "BR-48": [
    "fatal",
    "A VAT breakdown (BG-23) has no rate: add the VAT category rate (BT-119); only category O (not subject to VAT) goes without one.",
  ],
  "BR-49": [
    "fatal",
    "Payment instructions (BG-16) are given without a payment means: add the payment means type code (BT-81).",
  ],
  "BR-50": [
    "fatal",
    "The invoice is paid by credit transfer (payment means 30 or 58) but a credit transfer (BG-17) names no account: add its payment account identifier (BT-84), such as an IBAN.",
  ],
  "BR-51": [
    "warning",
    "The payment card primary account number (BT-87) is longer than 10 characters: never send a full card number, only its last few digits.",
  ],
  "BR-52": ["fatal", "A supporting document (BG-24) has no reference: add the supporting document reference (BT-122)."],
  "BR-53": [
    "fatal",
    "A VAT accounting currency (BT-6) is given but the total VAT in that currency is missing: add BT-111 (or BT-110 when BT-6 is the invoice currency), or remove BT-6.",
  ],
  "BR-54": [
    "fatal",
    "An item attribute (BG-32) is incomplete: give both the attribute name (BT-160) and its value (BT-161).",
  ],
  "BR-55": [
    "fatal",
    "A preceding invoice reference (BG-3) does not say which invoice: add the preceding invoice number (BT-25).",
  ],
  "BR-56": [
    "fatal",
    "A seller tax representative (BG-11) is given without a VAT identifier: add the tax representative VAT identifier (BT-63).",
  ],
  "BR-57": ["fatal", "The deliver-to address (BG-15) has no country: add the deliver-to country code (BT-80)."],
  "BR-61": [
    "fatal",
    "The invoice is paid by credit transfer (payment means 30 or 58) but names no account to pay into: add a credit transfer (BG-17) with its payment account identifier (BT-84).",
  ],
  "BR-62": [
    "fatal",
    "The seller electronic address (BT-34) has no scheme: add its scheme identifier, a code of the EAS list.",
  ],
  "BR-63": [
    "fatal",
    "The buyer electronic address (BT-49) has no scheme: add its scheme identifier, a code of the EAS list.",
  ],
  "BR-64": [
    "fatal",
    "An item standard identifier (BT-157) has no scheme: add its scheme identifier, an ISO/IEC 6523 ICD code such as 0160 for GTIN.",
  ],
  "BR-65": [
    "fatal",
    "An item classification identifier (BT-158) has no scheme: add its scheme identifier, a UNTDID 7143 code.",
  ],
  "BR-CO-03": [
    "fatal",
    "Both the VAT point date (BT-7) and the VAT point date code (BT-8) are given: keep one of them.",
  ],
  "BR-CO-04": [
    "fatal",
    "An invoice line (BG-25) has no VAT category: give every line its invoiced item VAT category code (BT-151).",
  ],
  "BR-CO-05": [
    "fatal",
    "Not checked by o2c yet: a document level allowance reason code (BT-98) and reason text (BT-97) must describe the same reason.",
  ],
  "BR-CO-06": [
    "fatal",
    "Not checked by o2c yet: a document level charge reason code (BT-105) and reason text (BT-104) must describe the same reason.",
  ],
  "BR-CO-07": [
    "fatal",
    "Not checked by o2c yet: an invoice line allowance reason code (BT-140) and reason text (BT-139) must describe the same reason.",
  ],
  "BR-CO-08": [
    "fatal",
    "Not checked by o2c yet: an invoice line charge reason code (BT-145) and reason text (BT-144) must describe the same reason.",
  ],
  "BR-CO-09": [
    "fatal",
    "A VAT identifier (BT-31, BT-48 or BT-63) does not start with a country prefix: begin it with the two-letter code of the issuing country (ISO 3166-1 alpha-2, EL for Greece, XI for Northern Ireland), as in DE123456789.",
  ],
  "BR-CO-10": [
    "fatal",
    "The sum of invoice line net amounts (BT-106) is wrong: set it to the total of the invoice line net amounts (BT-131), rounded to 2 decimals.",
  ],
  "BR-CO-11": [
    "fatal",
    "The sum of allowances on document level (BT-107) is wrong: set it to the total of the document level allowance amounts (BT-92), rounded to 2 decimals.",
  ],
  "BR-CO-12": [
    "fatal",
    "The sum of charges on document level (BT-108) is wrong: set it to the total of the document level charge amounts (BT-99), rounded to 2 decimals.",
  ],
  "BR-CO-13": [
    "fatal",
    "The total amount without VAT (BT-109) is wrong: set it to the line net total (BT-106) minus the allowance total (BT-107) plus the charge total (BT-108).",
  ],
  "BR-CO-14": [
    "fatal",
    "The invoice total VAT amount (BT-110) is wrong: set it to the total of the VAT category tax amounts (BT-117), rounded to 2 decimals.",
  ],
  "BR-CO-15": [
    "fatal",
    "The total amount with VAT (BT-112) is wrong: set it to the total without VAT (BT-109) plus the total VAT (BT-110, zero when absent).",
  ],
  "BR-CO-16": [
    "fatal",
    "The amount due for payment (BT-115) is wrong: set it to the total with VAT (BT-112) minus the paid amount (BT-113) plus the rounding amount (BT-114).",
  ],
  "BR-CO-17": [
    "fatal",
    "A VAT category tax amount (BT-117) is off from the taxable amount (BT-116) times the rate (BT-119) / 100, rounded to 2 decimals, by 1 or more (more than 1 in CII), or is not 0 at a zero or absent rate: recompute it.",
  ],
  "BR-CO-18": ["fatal", "The invoice has no VAT breakdown: add at least one VAT breakdown (BG-23)."],
  "BR-CO-19": [
    "fatal",
    "The invoicing period (BG-14) is empty: give its start date (BT-73) or end date (BT-74) (or the VAT point date code, BT-8), or leave the period out.",
  ],
  "BR-CO-20": [
    "fatal",
    "An invoice line period (BG-26) is empty: give its start date (BT-134) or end date (BT-135), or leave the period out.",
  ],
  "BR-CO-21": [
    "fatal",
    "A document level allowance (BG-20) has no reason: give the reason text (BT-97), the reason code (BT-98) or both.",
  ],
  "BR-CO-22": [
    "fatal",
    "A document level charge (BG-21) has no reason: give the reason text (BT-104), the reason code (BT-105) or both.",
  ],
  "BR-CO-23": [
    "fatal",
    "An invoice line allowance (BG-27) has no reason: give the reason text (BT-139), the reason code (BT-140) or both.",
  ],
  "BR-CO-24": [
    "fatal",
    "An invoice line charge (BG-28) has no reason: give the reason text (BT-144), the reason code (BT-145) or both.",
  ],
  "BR-CO-26": [
    "fatal",
    "The seller cannot be identified: give at least one of the seller identifier (BT-29), legal registration identifier (BT-30) or VAT identifier (BT-31).",
  ],
  "BR-DEC-01": [
    "fatal",
    "The document level allowance amount (BT-92) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-02": [
    "fatal",
    "The document level allowance base amount (BT-93) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-05": ["fatal", "The document level charge amount (BT-99) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-06": [
    "fatal",
    "The document level charge base amount (BT-100) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-09": [
    "fatal",
    "The sum of invoice line net amounts (BT-106) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-10": [
    "fatal",
    "The sum of allowances on document level (BT-107) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-11": [
    "fatal",
    "The sum of charges on document level (BT-108) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-12": ["fatal", "The total amount without VAT (BT-109) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-13": ["fatal", "The invoice total VAT amount (BT-110) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-14": ["fatal", "The total amount with VAT (BT-112) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-15": [
    "fatal",
    "The total VAT amount in accounting currency (BT-111) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-16": ["fatal", "The paid amount (BT-113) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-17": ["fatal", "The rounding amount (BT-114) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-18": ["fatal", "The amount due for payment (BT-115) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-19": ["fatal", "The VAT category taxable amount (BT-116) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-20": ["fatal", "The VAT category tax amount (BT-117) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-23": ["fatal", "The invoice line net amount (BT-131) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-24": [
    "fatal",
    "The invoice line allowance amount (BT-136) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-25": [
    "fatal",
    "The invoice line allowance base amount (BT-137) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-DEC-27": ["fatal", "The invoice line charge amount (BT-141) has more than 2 decimals: round it to 2 decimals."],
  "BR-DEC-28": [
    "fatal",
    "The invoice line charge base amount (BT-142) has more than 2 decimals: round it to 2 decimals.",
  ],
  "BR-AE-01": [
    "fatal",
    "VAT category AE (VAT reverse charge) is used but the VAT breakdown does not have exactly one AE group: give one VAT breakdown (BG-23) with category code AE (BT-118), no more.",
  ],
  "BR-AE-02": [
    "fatal",
    "An invoice line has VAT category AE (VAT reverse charge) and a party is not identified: give a seller tax identifier (BT-31, BT-32 or BT-63) and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47).",
  ],
  "BR-AE-03": [
    "fatal",
    "A document level allowance has VAT category AE (VAT reverse charge) and a party is not identified: give a seller tax identifier (BT-31, BT-32 or BT-63) and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47).",
  ],
  "BR-AE-04": [
    "fatal",
    "A document level charge has VAT category AE (VAT reverse charge) and a party is not identified: give a seller tax identifier (BT-31, BT-32 or BT-63) and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47).",
  ],
  "BR-AE-05": [
    "fatal",
    "An invoice line with VAT category AE (VAT reverse charge) has a VAT rate (BT-152) that is missing or not 0: set it to 0.",
  ],
  "BR-AE-06": [
    "fatal",
    "A document level allowance with VAT category AE (VAT reverse charge) has a VAT rate (BT-96) that is missing or not 0: set it to 0.",
  ],
  "BR-AE-07": [
    "fatal",
    "A document level charge with VAT category AE (VAT reverse charge) has a VAT rate (BT-103) that is missing or not 0: set it to 0.",
  ],
  "BR-AE-08": [
    "fatal",
    "The category AE taxable amount (BT-116) is not exactly the category AE line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-AE-09": [
    "fatal",
    "The category AE VAT amount (BT-117) is not 0: no VAT is due in category AE (VAT reverse charge), set it to 0.",
  ],
  "BR-AE-10": [
    "fatal",
    "The category AE VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-AF-01": [
    "fatal",
    "VAT category L (IGIC, Canary Islands) is used on lines, allowances or charges but has no VAT breakdown, or the other way round: add one VAT breakdown (BG-23) per L rate in use, and none when L is not used.",
  ],
  "BR-AF-02": [
    "fatal",
    "An invoice line has VAT category L (IGIC, Canary Islands) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AF-03": [
    "fatal",
    "A document level allowance has VAT category L (IGIC, Canary Islands) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AF-04": [
    "fatal",
    "A document level charge has VAT category L (IGIC, Canary Islands) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AF-05": [
    "fatal",
    "An invoice line with VAT category L (IGIC, Canary Islands) has a VAT rate (BT-152) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AF-06": [
    "fatal",
    "A document level allowance with VAT category L (IGIC, Canary Islands) has a VAT rate (BT-96) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AF-07": [
    "fatal",
    "A document level charge with VAT category L (IGIC, Canary Islands) has a VAT rate (BT-103) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AF-08": [
    "fatal",
    "A category L taxable amount (BT-116) is off by 1 or more from its rate's line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) with category L: recompute it for that rate.",
  ],
  "BR-AF-09": [
    "fatal",
    "A category L VAT amount (BT-117) is off by 1 or more from the taxable amount (BT-116) times the rate (BT-119) / 100, rounded to 2 decimals: recompute it.",
  ],
  "BR-AF-10": [
    "fatal",
    "A category L VAT breakdown gives an exemption reason: remove the exemption reason (BT-120) and code (BT-121), L is a taxed category.",
  ],
  "BR-AG-01": [
    "fatal",
    "VAT category M (IPSI, Ceuta and Melilla) is used on lines, allowances or charges but has no VAT breakdown, or the other way round: add one VAT breakdown (BG-23) per M rate in use, and none when M is not used.",
  ],
  "BR-AG-02": [
    "fatal",
    "An invoice line has VAT category M (IPSI, Ceuta and Melilla) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AG-03": [
    "fatal",
    "A document level allowance has VAT category M (IPSI, Ceuta and Melilla) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AG-04": [
    "fatal",
    "A document level charge has VAT category M (IPSI, Ceuta and Melilla) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-AG-05": [
    "fatal",
    "An invoice line with VAT category M (IPSI, Ceuta and Melilla) has a VAT rate (BT-152) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AG-06": [
    "fatal",
    "A document level allowance with VAT category M (IPSI, Ceuta and Melilla) has a VAT rate (BT-96) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AG-07": [
    "fatal",
    "A document level charge with VAT category M (IPSI, Ceuta and Melilla) has a VAT rate (BT-103) that is missing, negative or not a number: give a rate of 0 or more.",
  ],
  "BR-AG-08": [
    "fatal",
    "A category M taxable amount (BT-116) is off by 1 or more from its rate's line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) with category M: recompute it for that rate.",
  ],
  "BR-AG-09": [
    "fatal",
    "A category M VAT amount (BT-117) is off by 1 or more from the taxable amount (BT-116) times the rate (BT-119) / 100, rounded to 2 decimals: recompute it.",
  ],
  "BR-AG-10": [
    "fatal",
    "A category M VAT breakdown gives an exemption reason: remove the exemption reason (BT-120) and code (BT-121), M is a taxed category.",
  ],
  "BR-E-01": [
    "fatal",
    "VAT category E (exempt from VAT) is used but the VAT breakdown does not have exactly one E group: give one VAT breakdown (BG-23) with category code E (BT-118), no more.",
  ],
  "BR-E-02": [
    "fatal",
    "An invoice line has VAT category E (exempt from VAT) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-E-03": [
    "fatal",
    "A document level allowance has VAT category E (exempt from VAT) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-E-04": [
    "fatal",
    "A document level charge has VAT category E (exempt from VAT) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-E-05": [
    "fatal",
    "An invoice line with VAT category E (exempt from VAT) has a VAT rate (BT-152) that is missing or not 0: set it to 0.",
  ],
  "BR-E-06": [
    "fatal",
    "A document level allowance with VAT category E (exempt from VAT) has a VAT rate (BT-96) that is missing or not 0: set it to 0.",
  ],
  "BR-E-07": [
    "fatal",
    "A document level charge with VAT category E (exempt from VAT) has a VAT rate (BT-103) that is missing or not 0: set it to 0.",
  ],
  "BR-E-08": [
    "fatal",
    "The category E taxable amount (BT-116) is not exactly the category E line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-E-09": [
    "fatal",
    "The category E VAT amount (BT-117) is not 0: no VAT is due in category E (exempt from VAT), set it to 0.",
  ],
  "BR-E-10": [
    "fatal",
    "The category E VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-G-01": [
    "fatal",
    "VAT category G (export outside the EU) is used but the VAT breakdown does not have exactly one G group: give one VAT breakdown (BG-23) with category code G (BT-118), no more.",
  ],
  "BR-G-02": [
    "fatal",
    "An invoice line has VAT category G (export outside the EU) and the seller has no VAT identifier: give the seller VAT identifier (BT-31) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-G-03": [
    "fatal",
    "A document level allowance has VAT category G (export outside the EU) and the seller has no VAT identifier: give the seller VAT identifier (BT-31) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-G-04": [
    "fatal",
    "A document level charge has VAT category G (export outside the EU) and the seller has no VAT identifier: give the seller VAT identifier (BT-31) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-G-05": [
    "fatal",
    "An invoice line with VAT category G (export outside the EU) has a VAT rate (BT-152) that is missing or not 0: set it to 0.",
  ],
  "BR-G-06": [
    "fatal",
    "A document level allowance with VAT category G (export outside the EU) has a VAT rate (BT-96) that is missing or not 0: set it to 0.",
  ],
  "BR-G-07": [
    "fatal",
    "A document level charge with VAT category G (export outside the EU) has a VAT rate (BT-103) that is missing or not 0: set it to 0.",
  ],
  "BR-G-08": [
    "fatal",
    "The category G taxable amount (BT-116) is not exactly the category G line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-G-09": [
    "fatal",
    "The category G VAT amount (BT-117) is not 0: no VAT is due in category G (export outside the EU), set it to 0.",
  ],
  "BR-G-10": [
    "fatal",
    "The category G VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-IC-01": [
    "fatal",
    "VAT category K (intra-community supply) is used but the VAT breakdown does not have exactly one K group: give one VAT breakdown (BG-23) with category code K (BT-118), no more.",
  ],
  "BR-IC-02": [
    "fatal",
    "An invoice line has VAT category K (intra-community supply) and a VAT identifier is missing: give the seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48).",
  ],
  "BR-IC-03": [
    "fatal",
    "A document level allowance has VAT category K (intra-community supply) and a VAT identifier is missing: give the seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48).",
  ],
  "BR-IC-04": [
    "fatal",
    "A document level charge has VAT category K (intra-community supply) and a VAT identifier is missing: give the seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48).",
  ],
  "BR-IC-05": [
    "fatal",
    "An invoice line with VAT category K (intra-community supply) has a VAT rate (BT-152) that is missing or not 0: set it to 0.",
  ],
  "BR-IC-06": [
    "fatal",
    "A document level allowance with VAT category K (intra-community supply) has a VAT rate (BT-96) that is missing or not 0: set it to 0.",
  ],
  "BR-IC-07": [
    "fatal",
    "A document level charge with VAT category K (intra-community supply) has a VAT rate (BT-103) that is missing or not 0: set it to 0.",
  ],
  "BR-IC-08": [
    "fatal",
    "The category K taxable amount (BT-116) is not exactly the category K line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-IC-09": [
    "fatal",
    "The category K VAT amount (BT-117) is not 0: no VAT is due in category K (intra-community supply), set it to 0.",
  ],
  "BR-IC-10": [
    "fatal",
    "The category K VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-IC-11": [
    "fatal",
    "An intra-community supply (category K) has no supply date: give the actual delivery date (BT-72), an invoicing period (BG-14) with a start or end date, or the VAT point date code (BT-8).",
  ],
  "BR-IC-12": [
    "fatal",
    "An intra-community supply (category K) does not say where the goods went: add the deliver-to country code (BT-80).",
  ],
  "BR-O-01": [
    "fatal",
    "VAT category O (not subject to VAT) is used but the VAT breakdown does not have exactly one O group: give one VAT breakdown (BG-23) with category code O (BT-118), no more.",
  ],
  "BR-O-02": [
    "fatal",
    "An invoice line has VAT category O (not subject to VAT) and a party carries a VAT identifier: remove the seller (BT-31), tax representative (BT-63) and buyer (BT-48) VAT identifiers, which do not apply outside VAT.",
  ],
  "BR-O-03": [
    "fatal",
    "A document level allowance has VAT category O (not subject to VAT) and a party carries a VAT identifier: remove the seller (BT-31), tax representative (BT-63) and buyer (BT-48) VAT identifiers, which do not apply outside VAT.",
  ],
  "BR-O-04": [
    "fatal",
    "A document level charge has VAT category O (not subject to VAT) and a party carries a VAT identifier: remove the seller (BT-31), tax representative (BT-63) and buyer (BT-48) VAT identifiers, which do not apply outside VAT.",
  ],
  "BR-O-05": [
    "fatal",
    "An invoice line with VAT category O (not subject to VAT) has a VAT rate (BT-152): leave the rate out, there is no VAT rate outside the scope of VAT.",
  ],
  "BR-O-06": [
    "fatal",
    "A document level allowance with VAT category O (not subject to VAT) has a VAT rate (BT-96): leave the rate out, there is no VAT rate outside the scope of VAT.",
  ],
  "BR-O-07": [
    "fatal",
    "A document level charge with VAT category O (not subject to VAT) has a VAT rate (BT-103): leave the rate out, there is no VAT rate outside the scope of VAT.",
  ],
  "BR-O-08": [
    "fatal",
    "The category O taxable amount (BT-116) is not exactly the category O line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-O-09": [
    "fatal",
    "The category O VAT amount (BT-117) is not 0: no VAT is due in category O (not subject to VAT), set it to 0.",
  ],
  "BR-O-10": [
    "fatal",
    "The category O VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-O-11": [
    "fatal",
    "The invoice is not subject to VAT (category O) but its VAT breakdown has another category: keep only the category O VAT breakdown (BG-23).",
  ],
  "BR-O-12": [
    "fatal",
    "The invoice is not subject to VAT (category O) but an invoice line has another VAT category: give every line category O (BT-151).",
  ],
  "BR-O-13": [
    "fatal",
    "The invoice is not subject to VAT (category O) but a document level allowance has another VAT category: give it category O (BT-95).",
  ],
  "BR-O-14": [
    "fatal",
    "The invoice is not subject to VAT (category O) but a document level charge has another VAT category: give it category O (BT-102).",
  ],
  "BR-S-01": [
    "fatal",
    "VAT category S (standard rate) is used on lines, allowances or charges but has no VAT breakdown, or the other way round: add one VAT breakdown (BG-23) per S rate in use, and none when S is not used.",
  ],
  "BR-S-02": [
    "fatal",
    "An invoice line has VAT category S (standard rate) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-S-03": [
    "fatal",
    "A document level allowance has VAT category S (standard rate) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-S-04": [
    "fatal",
    "A document level charge has VAT category S (standard rate) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-S-05": [
    "fatal",
    "An invoice line with VAT category S (standard rate) has a VAT rate (BT-152) that is missing or not above zero: give the standard rate in percent, such as 19.",
  ],
  "BR-S-06": [
    "fatal",
    "A document level allowance with VAT category S (standard rate) has a VAT rate (BT-96) that is missing or not above zero: give the standard rate in percent, such as 19.",
  ],
  "BR-S-07": [
    "fatal",
    "A document level charge with VAT category S (standard rate) has a VAT rate (BT-103) that is missing or not above zero: give the standard rate in percent, such as 19.",
  ],
  "BR-S-08": [
    "fatal",
    "A category S taxable amount (BT-116) is off by 1 or more from its rate's line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) with category S: recompute it for that rate. A breakdown rate that no line, allowance or charge uses fails too.",
  ],
  "BR-S-09": [
    "fatal",
    "A category S VAT amount (BT-117) is off by 1 or more from the taxable amount (BT-116) times the rate (BT-119) / 100, rounded to 2 decimals: recompute it.",
  ],
  "BR-S-10": [
    "fatal",
    "A category S VAT breakdown gives an exemption reason: remove the exemption reason (BT-120) and code (BT-121), S is a taxed category.",
  ],
  "BR-Z-01": [
    "fatal",
    "VAT category Z (zero rated) is used but the VAT breakdown does not have exactly one Z group: give one VAT breakdown (BG-23) with category code Z (BT-118), no more.",
  ],
  "BR-Z-02": [
    "fatal",
    "An invoice line has VAT category Z (zero rated) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-Z-03": [
    "fatal",
    "A document level allowance has VAT category Z (zero rated) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-Z-04": [
    "fatal",
    "A document level charge has VAT category Z (zero rated) and the seller has no tax identifier: give the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the tax representative VAT identifier (BT-63).",
  ],
  "BR-Z-05": [
    "fatal",
    "An invoice line with VAT category Z (zero rated) has a VAT rate (BT-152) that is missing or not 0: set it to 0.",
  ],
  "BR-Z-06": [
    "fatal",
    "A document level allowance with VAT category Z (zero rated) has a VAT rate (BT-96) that is missing or not 0: set it to 0.",
  ],
  "BR-Z-07": [
    "fatal",
    "A document level charge with VAT category Z (zero rated) has a VAT rate (BT-103) that is missing or not 0: set it to 0.",
  ],
  "BR-Z-08": [
    "fatal",
    "The category Z taxable amount (BT-116) is not exactly the category Z line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92): recompute it.",
  ],
  "BR-Z-09": [
    "fatal",
    "The category Z VAT amount (BT-117) is not 0: no VAT is due in category Z (zero rated), set it to 0.",
  ],
  "BR-Z-10": [
    "fatal",
    "The category Z VAT breakdown does not say why no VAT is charged: add the exemption reason (BT-120) or a VATEX code (BT-121).",
  ],
  "BR-CL-01": [
    "fatal",
    "The invoice type code (BT-3) is not a UNTDID 1001 invoice or credit note code: use one such as 380 (commercial invoice) or 381 (credit note).",
  ],
  "BR-CL-03": ["fatal", "Not checked by o2c yet: the currency of every amount must be an ISO 4217 code."],
  "BR-CL-04": [
    "fatal",
    "The invoice currency code (BT-5) is not an ISO 4217 currency code: use one such as EUR, JPY or KWD.",
  ],
  "BR-CL-05": [
    "fatal",
    "The VAT accounting currency code (BT-6) is not an ISO 4217 currency code: use one such as EUR, JPY or KWD.",
  ],
  "BR-CL-06": [
    "fatal",
    "The VAT point date code (BT-8) is not one of 3 (invoice date), 35 (delivery date) or 432 (payment date): use one of those.",
  ],
  "BR-CL-07": [
    "fatal",
    "The scheme of an invoiced object identifier (BT-18, BT-128) is not a UNTDID 1153 code: use one such as AWV (phone number) or AUN (software reference).",
  ],
  "BR-CL-10": [
    "fatal",
    "The scheme of a seller, buyer or payee identifier (BT-29, BT-46, BT-60) is not an ISO/IEC 6523 ICD code: use one such as 0088 (GLN) or 0208 (Belgian enterprise number).",
  ],
  "BR-CL-11": [
    "fatal",
    "The scheme of a seller, buyer or payee legal registration identifier (BT-30, BT-47, BT-61) is not an ISO/IEC 6523 ICD code: use one such as 0002 (SIRENE) or 0007 (Swedish organisation number).",
  ],
  "BR-CL-13": [
    "fatal",
    "The scheme of an item classification identifier (BT-158) is not a UNTDID 7143 code: use one such as STI (CPV) or CG (commodity grouping).",
  ],
  "BR-CL-14": [
    "fatal",
    "The country code of an address (BT-40, BT-55, BT-69, BT-80) is not an ISO 3166-1 alpha-2 code: use one such as DE or FR.",
  ],
  "BR-CL-15": [
    "fatal",
    "The item country of origin (BT-159) is not an ISO 3166-1 alpha-2 code: use one such as DE or CN.",
  ],
  "BR-CL-16": [
    "fatal",
    "The payment means type code (BT-81) is not a UNTDID 4461 code: use one such as 30 (credit transfer), 58 (SEPA credit transfer) or 59 (SEPA direct debit).",
  ],
  "BR-CL-17": [
    "fatal",
    "The VAT category code of a document level allowance, charge or VAT breakdown (BT-95, BT-102, BT-118) is not an EN 16931 VAT category: use S, Z, E, AE, K, G, O, L, M or B.",
  ],
  "BR-CL-18": [
    "fatal",
    "The VAT category code of an invoice line (BT-151) is not an EN 16931 VAT category: use S, Z, E, AE, K, G, O, L, M or B.",
  ],
  "BR-CL-19": [
    "fatal",
    "An allowance reason code (BT-98, BT-140) is not a UNTDID 5189 code: use one such as 95 (discount), or give the reason as text only.",
  ],
  "BR-CL-20": [
    "fatal",
    "A charge reason code (BT-105, BT-145) is not a UNTDID 7161 code: use one such as FC (freight service), or give the reason as text only.",
  ],
  "BR-CL-21": [
    "fatal",
    "The scheme of an item standard identifier (BT-157) is not an ISO/IEC 6523 ICD code: use one such as 0160 (GTIN).",
  ],
  "BR-CL-22": [
    "fatal",
    "The VAT exemption reason code (BT-121) is not a VATEX code: use one such as VATEX-EU-IC, or give the reason as text (BT-120) only.",
  ],
  "BR-CL-23": [
    "fatal",
    "A unit code (BT-130, BT-150) is not a UN/ECE Recommendation 20 or 21 code: use one such as C62 (one), H87 (piece), HUR (hour) or KGM (kilogram).",
  ],
  "BR-CL-24": [
    "fatal",
    "The media type of an attached document (BT-125) is not allowed: attach PDF, PNG, JPEG, CSV, Excel (xlsx) or OpenDocument spreadsheet files.",
  ],
  "BR-CL-25": [
    "fatal",
    "The scheme of the seller or buyer electronic address (BT-34, BT-49) is not an EAS code: use one such as 0088 (GLN), 0208 (Belgian enterprise number) or EM (email).",
  ],
  "BR-CL-26": [
    "fatal",
    "The scheme of the deliver-to location identifier (BT-71) is not an ISO/IEC 6523 ICD code: use one such as 0088 (GLN).",
  ],
};
