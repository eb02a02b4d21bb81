import type { Rng } from "./random.js";

/** Countries the generator draws customers from, with their language, IBAN layout and address bits. */
export type CountryCode =
  | "DE"
  | "AT"
  | "CH"
  | "FR"
  | "BE"
  | "LU"
  | "NL"
  | "IT"
  | "ES"
  | "PT"
  | "PL"
  | "CZ"
  | "SE"
  | "NO"
  | "DK"
  | "FI"
  | "TR"
  | "JP"
  | "US"
  | "GB"
  | "IE";

export type Language =
  | "de"
  | "fr"
  | "it"
  | "es"
  | "pt"
  | "nl"
  | "pl"
  | "cs"
  | "sv"
  | "no"
  | "da"
  | "fi"
  | "tr"
  | "ja"
  | "en";

export interface CountryInfo {
  code: CountryCode;
  language: Language;
  /** Local currency (EUR for the euro area). */
  currency: string;
  /** BBAN generator, or null where accounts are not IBANs (US, JP). */
  bban: ((rng: Rng) => string) | null;
  /** Standard VAT / consumption-tax rate in percent. */
  vat: number;
  /** Postcode and town as printed in an address line. */
  towns: readonly string[];
  streets: readonly string[];
  /** Name of the country in its own language (for subsidiaries: "Nordvik Logistik Sverige AB"). */
  localName: string;
}

const bank = (codes: readonly string[], digits: number) => (rng: Rng) => rng.pick(codes) + rng.digits(digits);

/** Belgian BBAN: 10 digits plus their remainder mod 97 (97 for 0). */
function belgianBban(rng: Rng): string {
  const body = rng.digits(10, true);
  const rest = Number(body) % 97;
  return body + String(rest === 0 ? 97 : rest).padStart(2, "0");
}

export const COUNTRIES: Readonly<Record<CountryCode, CountryInfo>> = {
  DE: {
    code: "DE",
    language: "de",
    currency: "EUR",
    bban: (rng) => rng.digits(18, true),
    vat: 19,
    towns: ["80331 München", "20095 Hamburg", "70173 Stuttgart", "04109 Leipzig", "90402 Nürnberg", "33602 Bielefeld"],
    streets: ["Hauptstr. 12", "Industriestraße 4", "Am Güterbahnhof 7", "Königsallee 21", "Gewerbering 3a"],
    localName: "Deutschland",
  },
  AT: {
    code: "AT",
    language: "de",
    currency: "EUR",
    bban: (rng) => rng.digits(16, true),
    vat: 20,
    towns: ["1010 Wien", "4020 Linz", "8010 Graz", "5020 Salzburg", "6020 Innsbruck"],
    streets: ["Mariahilfer Str. 45", "Industriezeile 8", "Gewerbepark 2"],
    localName: "Austria",
  },
  CH: {
    code: "CH",
    language: "de",
    currency: "CHF",
    bban: (rng) => rng.digits(17),
    vat: 8,
    towns: ["8001 Zürich", "3011 Bern", "1204 Genève", "4051 Basel", "6900 Lugano", "1003 Lausanne"],
    streets: ["Bahnhofstrasse 10", "Rue du Rhône 42", "Via Nassa 5", "Industriestrasse 17"],
    localName: "Schweiz",
  },
  FR: {
    code: "FR",
    language: "fr",
    currency: "EUR",
    bban: (rng) => rng.digits(23, true),
    vat: 20,
    towns: ["69002 Lyon", "13001 Marseille", "31000 Toulouse", "59000 Lille", "44000 Nantes", "67000 Strasbourg"],
    streets: ["12 rue de la République", "5 avenue Jean Jaurès", "ZI des Granges", "8 boulevard Gambetta"],
    localName: "France",
  },
  BE: {
    code: "BE",
    language: "nl",
    currency: "EUR",
    bban: belgianBban,
    vat: 21,
    towns: ["2000 Antwerpen", "9000 Gent", "1000 Bruxelles", "4000 Liège", "8000 Brugge"],
    streets: ["Meir 34", "Rue Neuve 11", "Industrieweg 6"],
    localName: "België",
  },
  LU: {
    code: "LU",
    language: "fr",
    currency: "EUR",
    bban: (rng) => rng.digits(16, true),
    vat: 17,
    towns: ["L-1660 Luxembourg", "L-4002 Esch-sur-Alzette", "L-9001 Ettelbruck"],
    streets: ["12 Grand-Rue", "3 rue de l'Industrie"],
    localName: "Luxembourg",
  },
  NL: {
    code: "NL",
    language: "nl",
    currency: "EUR",
    bban: bank(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB"], 10),
    vat: 21,
    towns: ["3011 AB Rotterdam", "1012 JS Amsterdam", "3511 LX Utrecht", "5611 AZ Eindhoven", "9711 LM Groningen"],
    streets: ["Coolsingel 40", "Industrieweg 12", "Havenstraat 3"],
    localName: "Nederland",
  },
  IT: {
    code: "IT",
    language: "it",
    currency: "EUR",
    bban: (rng) => rng.letters(1) + rng.digits(22),
    vat: 22,
    towns: ["20121 Milano", "10121 Torino", "40121 Bologna", "35121 Padova", "80133 Napoli", "25121 Brescia"],
    streets: ["Via Roma 15", "Corso Vittorio Emanuele II 48", "Via dell'Industria 9", "Viale Europa 2"],
    localName: "Italia",
  },
  ES: {
    code: "ES",
    language: "es",
    currency: "EUR",
    bban: (rng) => rng.digits(20, true),
    vat: 21,
    towns: ["46001 Valencia", "08001 Barcelona", "28001 Madrid", "41001 Sevilla", "48001 Bilbao"],
    streets: ["Calle Mayor 7", "Avda. de la Constitución 22", "Polígono Industrial Norte 5"],
    localName: "España",
  },
  PT: {
    code: "PT",
    language: "pt",
    currency: "EUR",
    bban: (rng) => rng.digits(21),
    vat: 23,
    towns: ["4050-001 Porto", "1100-148 Lisboa", "3000-001 Coimbra", "4700-001 Braga"],
    streets: ["Rua de Santa Catarina 120", "Avenida da Liberdade 45", "Zona Industrial Lote 9"],
    localName: "Portugal",
  },
  PL: {
    code: "PL",
    language: "pl",
    currency: "PLN",
    bban: (rng) => rng.digits(24, true),
    vat: 23,
    towns: ["90-001 Łódź", "00-001 Warszawa", "30-001 Kraków", "50-001 Wrocław", "80-001 Gdańsk", "61-001 Poznań"],
    streets: ["ul. Piotrkowska 104", "ul. Przemysłowa 8", "al. Jerozolimskie 65", "ul. Źródlana 3"],
    localName: "Polska",
  },
  CZ: {
    code: "CZ",
    language: "cs",
    currency: "CZK",
    bban: (rng) => rng.digits(20),
    vat: 21,
    towns: ["602 00 Brno", "110 00 Praha 1", "301 00 Plzeň", "702 00 Ostrava"],
    streets: ["Masarykova 12", "Průmyslová 5", "Náměstí Míru 3"],
    localName: "Česko",
  },
  SE: {
    code: "SE",
    language: "sv",
    currency: "SEK",
    bban: (rng) => rng.digits(20),
    vat: 25,
    towns: ["411 04 Göteborg", "111 20 Stockholm", "211 22 Malmö", "753 20 Uppsala", "901 30 Umeå"],
    streets: ["Storgatan 5", "Industrivägen 14", "Kungsgatan 33"],
    localName: "Sverige",
  },
  NO: {
    code: "NO",
    language: "no",
    currency: "NOK",
    bban: (rng) => rng.digits(11),
    vat: 25,
    towns: ["5003 Bergen", "0150 Oslo", "7011 Trondheim", "4006 Stavanger", "9008 Tromsø"],
    streets: ["Strandgaten 18", "Industriveien 7", "Kongens gate 2"],
    localName: "Norge",
  },
  DK: {
    code: "DK",
    language: "da",
    currency: "DKK",
    bban: (rng) => rng.digits(14),
    vat: 25,
    towns: ["8000 Aarhus C", "1050 København K", "5000 Odense C", "9000 Aalborg"],
    streets: ["Søndergade 14", "Industrivej 22", "Østergade 1"],
    localName: "Danmark",
  },
  FI: {
    code: "FI",
    language: "fi",
    currency: "EUR",
    bban: (rng) => rng.digits(14),
    vat: 24,
    towns: ["33100 Tampere", "00100 Helsinki", "20100 Turku", "90100 Oulu"],
    streets: ["Hämeenkatu 10", "Teollisuustie 4", "Mannerheimintie 12"],
    localName: "Suomi",
  },
  TR: {
    code: "TR",
    language: "tr",
    currency: "EUR",
    bban: (rng) => `${rng.digits(5)}0${rng.digits(16)}`,
    vat: 20,
    towns: ["34394 İstanbul", "06420 Ankara", "35210 İzmir", "16140 Bursa"],
    streets: ["Atatürk Cad. No: 12", "Organize Sanayi Bölgesi 4. Cad.", "İnönü Mah. Şehit Sk. 7"],
    localName: "Türkiye",
  },
  JP: {
    code: "JP",
    language: "ja",
    currency: "JPY",
    bban: null,
    vat: 10,
    towns: ["530-0001 OSAKA", "100-0005 TOKYO", "460-0008 NAGOYA", "812-0011 FUKUOKA"],
    streets: ["1-2-3 UMEDA KITA-KU", "2-7-1 MARUNOUCHI CHIYODA-KU", "3-15 SAKAE NAKA-KU"],
    localName: "Japan",
  },
  US: {
    code: "US",
    language: "en",
    currency: "USD",
    bban: null,
    vat: 0,
    towns: ["Columbus OH 43215", "Austin TX 78701", "Denver CO 80202", "Charlotte NC 28202", "Portland OR 97204"],
    streets: ["1200 Main Street", "45 Industrial Pkwy Suite 300", "800 Commerce Dr"],
    localName: "USA",
  },
  GB: {
    code: "GB",
    language: "en",
    currency: "GBP",
    bban: bank(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], 14),
    vat: 20,
    towns: ["Leeds LS1 4AP", "Manchester M1 1AE", "Bristol BS1 4DJ", "Glasgow G1 1XQ", "Norwich NR1 3QU"],
    streets: ["12 High Street", "Unit 4 Riverside Park", "77 Victoria Road"],
    localName: "UK",
  },
  IE: {
    code: "IE",
    language: "en",
    currency: "EUR",
    bban: bank(["AIBK", "BOFI", "IPBS"], 14),
    vat: 23,
    towns: ["Cork T12 X70A", "Dublin 2 D02 XY45", "Galway H91 E2K3"],
    streets: ["14 Patrick Street", "Unit 9 Business Park"],
    localName: "Ireland",
  },
};

export const COUNTRY_CODES = Object.keys(COUNTRIES) as CountryCode[];

/** Countries whose banks send SEPA payments (the others pay by SWIFT, ACH or zengin transfer). */
export const SEPA_COUNTRIES: ReadonlySet<CountryCode> = new Set<CountryCode>([
  "DE",
  "AT",
  "CH",
  "FR",
  "BE",
  "LU",
  "NL",
  "IT",
  "ES",
  "PT",
  "PL",
  "CZ",
  "SE",
  "NO",
  "DK",
  "FI",
  "GB",
  "IE",
]);

export function countryInfo(code: CountryCode): CountryInfo {
  return COUNTRIES[code];
}
