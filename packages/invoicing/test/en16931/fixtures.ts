// The generated EN 16931 test invoices: the same builders as examples/einvoice (see sampleInvoices.ts there).
export {
  BUYER_DE,
  BUYER_FR,
  BUYER_JP,
  buildSampleInvoice,
  SAMPLE_SPECS,
  type SampleLine,
  type SampleSpec,
  SELLER,
  sampleInvoices,
} from "../../../../examples/einvoice/sampleInvoices.js";
