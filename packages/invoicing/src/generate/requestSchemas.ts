import { z } from "zod";
import type { Order } from "../model/OrderInput.js";
import {
  invoicePartySchema,
  lineQuantitySchema,
  orderSchema,
  paymentAccountSchema,
  paymentTermsSchema,
  shipmentSchema,
} from "../schemas.js";
import type { InvoiceOrderRequest, InvoiceShipmentsRequest } from "./InvoiceRequest.js";

const draftOptions = {
  draftId: z.string().min(1),
  seller: invoicePartySchema,
  buyer: invoicePartySchema,
  terms: paymentTermsSchema.optional(),
  paymentAccount: paymentAccountSchema.optional(),
  buyerReference: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  lines: z.array(lineQuantitySchema).optional(),
  invoiced: z.array(lineQuantitySchema).optional(),
  chargesInvoiced: z.boolean().optional(),
};

/** A parsed {@link InvoiceOrderRequest}. */
export type ParsedOrderRequest = Omit<InvoiceOrderRequest, "order"> & { readonly order: Order };

/** A parsed {@link InvoiceShipmentsRequest}. */
export type ParsedShipmentsRequest = Omit<InvoiceShipmentsRequest, "order"> & { readonly order: Order };

export const invoiceOrderRequestSchema: z.ZodType<ParsedOrderRequest, InvoiceOrderRequest> = z.object({
  ...draftOptions,
  order: orderSchema,
}) as unknown as z.ZodType<ParsedOrderRequest, InvoiceOrderRequest>;

export const invoiceShipmentsRequestSchema: z.ZodType<ParsedShipmentsRequest, InvoiceShipmentsRequest> = z.object({
  ...draftOptions,
  order: orderSchema,
  shipments: z.array(shipmentSchema).min(1),
}) as unknown as z.ZodType<ParsedShipmentsRequest, InvoiceShipmentsRequest>;
