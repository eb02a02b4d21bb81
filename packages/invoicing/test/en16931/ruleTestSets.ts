// Loads the official EN 16931 per-rule test sets (VEFA format, see ../shared/fixtures/einvoice/en16931-rule-tests/SOURCES.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const EINVOICE_FIXTURES = fileURLToPath(new URL("../../../../../shared/fixtures/einvoice/", import.meta.url));
export const HAS_EINVOICE_FIXTURES = existsSync(EINVOICE_FIXTURES);

export interface RuleTestCase {
  readonly file: string;
  readonly index: number;
  readonly rule: string;
  readonly expect: "success" | "error" | "warning";
  readonly xml: string;
}

const DOC = /<(?:[\w-]+:)?(Invoice|CreditNote|CrossIndustryInvoice)[\s>][\s\S]*<\/(?:[\w-]+:)?\1>/;

export function loadRuleTests(): RuleTestCase[] {
  const root = `${EINVOICE_FIXTURES}en16931-rule-tests/`;
  const out: RuleTestCase[] = [];
  for (const dir of ["Invoice-unit-UBL", "CreditNote-unit-UBL", "cii"]) {
    for (const name of readdirSync(root + dir)
      .filter((f) => f.endsWith(".xml"))
      .sort()) {
      const text = readFileSync(`${root}${dir}/${name}`, "utf8").replace(/<!--[\s\S]*?-->/g, "");
      const tests = text.split(/<test(?:\s[^>]*)?>/).slice(1);
      tests.forEach((t, index) => {
        const doc = DOC.exec(t);
        if (doc === null) throw new Error(`${dir}/${name} test ${index}: no document`);
        for (const m of t.matchAll(/<(success|error|warning)(?:\s[^>]*)?>\s*([^<]+?)\s*<\/\1>/g)) {
          out.push({
            file: `${dir}/${name}`,
            index,
            rule: m[2] as string,
            expect: m[1] as RuleTestCase["expect"],
            xml: doc[0],
          });
        }
      });
    }
  }
  return out;
}
