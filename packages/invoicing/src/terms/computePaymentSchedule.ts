import { type BusinessDate, Money, Percent, parseWith } from "@o2c/core";
import { paymentTermsSchema } from "../schemas.js";
import { computeDueDate } from "./computeDueDate.js";
import type { DiscountOffer, Instalment, PaymentSchedule, PaymentTerms } from "./PaymentTerms.js";

/**
 * The payment schedule of an amount under payment terms: the due date, the early-payment discount with its
 * deadline and discounted amount, and the instalments.
 * @remarks
 * Instalment amounts are the total split by the shares with the largest-remainder method, so they sum to the total
 * exactly. The discount on the whole amount is `total × percent / 100` rounded **half up** to the minor unit; with
 * instalments, that discount is split across the instalments the same way, so the instalment discounts also sum to
 * it exactly. The first instalment's discount deadline is the invoice date + `discount.days`; a later instalment's
 * is the previous instalment's due date + `discount.days` (each capped at its own due date): every instalment gets
 * the same discount window in its own period (combining instalments with a discount, which Odoo forbids).
 * @param terms - The payment terms (validated).
 * @param issueDate - The invoice date.
 * @param total - The amount to pay (BT-115).
 * @returns The schedule.
 * @throws `ValidationError` for malformed terms (`INVALID_DISCOUNT`, `INVALID_INSTALMENTS`...).
 * @example
 * ```ts
 * import { BusinessDate, Money } from "@o2c/core";
 * import { computePaymentSchedule } from "@o2c/invoicing";
 * const schedule = computePaymentSchedule(
 *   { description: "2/10 net 30", due: { type: "net", days: 30 }, discount: { percent: "2", days: 10 } },
 *   BusinessDate.parse("2026-10-14"),
 *   Money.of("1190.00", "EUR"),
 * );
 * schedule.dueDate.toString() //=> "2026-11-13"
 * schedule.discount?.deadline.toString() //=> "2026-10-24"
 * schedule.discount?.discountedAmount.toString() //=> "1166.20"
 * ```
 * @since 0.1.0
 */
export function computePaymentSchedule(terms: PaymentTerms, issueDate: BusinessDate, total: Money): PaymentSchedule {
  const valid = parseWith(paymentTermsSchema, terms);
  const discount = valid.discount;
  const wholeDiscount: DiscountOffer | undefined =
    discount === undefined
      ? undefined
      : offer(
          discount.percent,
          issueDate.addDays(discount.days),
          total,
          total.multiply(Percent.of(discount.percent), "halfUp"),
        );
  if (valid.instalments === undefined) {
    const dueDate = computeDueDate(valid.due, issueDate);
    return {
      total,
      dueDate,
      ...(wholeDiscount === undefined ? {} : { discount: wholeDiscount }),
      instalments: [
        { sequence: 1, dueDate, amount: total, ...(wholeDiscount === undefined ? {} : { discount: wholeDiscount }) },
      ],
    };
  }
  const shares = valid.instalments.map((i) => i.share);
  const amounts = total.allocate(shares);
  const discounts = wholeDiscount?.discountAmount.allocate(shares);
  const instalments: Instalment[] = [];
  let periodStart = issueDate;
  valid.instalments.forEach((term, i) => {
    const dueDate = computeDueDate(term.due, issueDate);
    const amount = amounts[i] ?? Money.zero(total.currency);
    const discountAmount = discounts?.[i];
    let deadline = periodStart.addDays(discount?.days ?? 0);
    if (deadline.isAfter(dueDate)) deadline = dueDate;
    instalments.push({
      sequence: i + 1,
      dueDate,
      amount,
      ...(discount === undefined || discountAmount === undefined
        ? {}
        : { discount: offer(discount.percent, deadline, amount, discountAmount) }),
    });
    periodStart = dueDate;
  });
  const last = instalments.reduce((max, i) => (i.dueDate.isAfter(max) ? i.dueDate : max), issueDate);
  return { total, dueDate: last, ...(wholeDiscount === undefined ? {} : { discount: wholeDiscount }), instalments };
}

function offer(percent: string, deadline: BusinessDate, amount: Money, discountAmount: Money): DiscountOffer {
  return { percent, deadline, discountAmount, discountedAmount: amount.subtract(discountAmount) };
}
