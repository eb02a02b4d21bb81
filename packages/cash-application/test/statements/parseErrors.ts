import { StatementParseError } from "@o2c/cash-application";

/** The `StatementParseError` that `run` throws (any other error is rethrown; no error fails the test). */
export const errorOf = (run: () => unknown): StatementParseError => {
  try {
    run();
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error("expected a StatementParseError");
};

/** Code, line and field of a parse error, for one `toEqual`. */
export const where = (error: StatementParseError) => [error.code, error.line, error.field];
