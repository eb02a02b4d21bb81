import {
  BusinessDate,
  createInMemoryStore,
  isO2CError,
  Money,
  Percent,
  parseMoney,
  runIdempotent,
  ValidationError,
} from "@o2c/core";

/** The first stop of the demo: exact money, explicit rounding, allocation, dates, typed errors, the store. */
export async function demoCore(print: (line: string) => void): Promise<void> {
  print("Exact money: amounts are decimal strings in, integer minor units inside, never floats.");
  const price = Money.of("3.60", "EUR");
  const lineNet = price.multiply("10", "halfUp");
  print(`  10 x ${price} EUR = ${lineNet} EUR (${lineNet.format("de-DE")})`);
  const perUnitTax = price.multiply(Percent.of("5.5"), "halfUp");
  const perLine = lineNet.multiply(Percent.of("5.5"), "halfUp");
  print(
    `  5.5 % VAT rounded per unit and summed: ${perUnitTax.multiply("10", "halfUp")}; rounded once on the line: ${perLine}`,
  );
  print(
    `  0.1 + 0.2 in floats is ${0.1 + 0.2}; in Money it is ${Money.of("0.10", "EUR").add(Money.of("0.20", "EUR"))}`,
  );

  print("Currencies keep their own minor units:");
  for (const [amount, currency] of [
    ["152000", "JPY"],
    ["1190.00", "EUR"],
    ["12.345", "KWD"],
  ] as const) {
    const money = Money.of(amount, currency);
    print(`  ${money.toString().padStart(10)} ${currency}  exponent ${money.exponent}  ${money.format("en-US")}`);
  }

  const shares = Money.of("100.00", "EUR").allocate(["1", "1", "1"]);
  print(`Allocation by largest remainder: 100.00 EUR / 3 = ${shares.join(" + ")} (sum ${Money.sum(shares, "EUR")})`);
  const freight = Money.of("0.07", "EUR").allocate(["0.1", "0.7", "0.2"]);
  print(`  0.07 EUR by 10/70/20 % = ${freight.join(" + ")}`);

  const issued = BusinessDate.parse("2026-01-31");
  print(
    `Business dates: issued ${issued}, +1 month ${issued.addMonths(1)}, net 30 ${issued.addDays(30)}, EOM+10 ${issued.endOfMonth().addDays(10)}`,
  );

  print("Bad input gets a typed error with a code and the path of the field:");
  for (const amount of ["1,00", "1e3", "12.345", 12.5]) {
    try {
      parseMoney({ amount, currency: "EUR" }, ["lines", 0, "unitPrice"]);
    } catch (error) {
      if (error instanceof ValidationError) {
        const issue = error.issues[0];
        print(`  ${JSON.stringify(amount).padEnd(8)} -> ${issue?.code} at ${JSON.stringify(issue?.path)}`);
      }
    }
  }
  try {
    Money.of("1.00", "EUR").add(Money.of("1.00", "USD"));
  } catch (error) {
    if (isO2CError(error)) print(`  EUR + USD -> ${error.code}: ${error.message}`);
  }

  print("The store: a transaction commits all or nothing; an idempotency key runs its work once.");
  const store = createInMemoryStore();
  let runs = 0;
  const submit = () =>
    runIdempotent(store, { key: "order-request-42" }, async (tx) => {
      runs++;
      const number = await tx.nextSequenceValue("SO-2026");
      await tx.repository("orders").insert(`SO-2026-${number}`, { total: "36.00" });
      return { orderNumber: `SO-2026-${number}` };
    });
  const first = await submit();
  const replay = await submit();
  print(
    `  first: ${first.result.orderNumber}; replay: ${replay.result.orderNumber} (replayed=${replay.replayed}, work ran ${runs}x)`,
  );
}
