/** The inline style sheet of the HTML invoice: print-friendly, readable, high contrast. */
export const INVOICE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1b1f24; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 860px; margin: 24px auto; background: #fff; padding: 40px 48px; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header { display: flex; justify-content: space-between; gap: 24px; border-bottom: 3px solid #1d4ed8; padding-bottom: 16px; }
h1 { margin: 0; font-size: 28px; letter-spacing: .02em; }
h2 { font-size: 15px; margin: 28px 0 8px; text-transform: uppercase; letter-spacing: .06em; color: #374151; }
.parties { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin-top: 20px; }
address { font-style: normal; }
dl.meta { display: grid; grid-template-columns: auto auto; gap: 2px 16px; margin: 0; }
dl.meta dt { color: #4b5563; }
dl.meta dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; margin-top: 4px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { text-align: left; background: #f9fafb; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sub { color: #4b5563; font-size: 12px; }
table.totals { width: 50%; margin-left: auto; }
table.totals tr.payable th, table.totals tr.payable td { font-size: 16px; font-weight: 700; border-top: 2px solid #1b1f24; }
.pay { margin-top: 28px; padding: 16px 20px; border: 2px solid #1d4ed8; border-radius: 6px; background: #eff6ff; }
.ref { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 16px; letter-spacing: .08em; }
footer { margin-top: 32px; color: #4b5563; font-size: 12px; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; max-width: none; } }
`;
