// How a receipt is totalled: the rules in one place.

/**
 * Sales tax by the store's city, in basis points (1025 = 10.25%). Our stores are all in the Chicago
 * area; these are the combined state + county + city (+ RTA) general merchandise rates we charge at
 * each, kept here rather than computed from a tax service so a receipt can always be totalled.
 * A store in a city not listed is charged the Illinois state rate alone, and the gap is visible on
 * its receipts. Update this table when a rate changes; past receipts keep the tax they charged.
 */
export const TAX_BPS_BY_CITY: Readonly<Record<string, number>> = {
  Chicago: 1025,
  Evanston: 1025,
  'Oak Park': 1025,
  Schaumburg: 1000,
  Naperville: 775,
  Hinsdale: 750,
}
export const ILLINOIS_STATE_BPS = 625

export const taxBpsFor = (store: { city: string; region: string }) =>
  (store.region === 'IL' ? TAX_BPS_BY_CITY[store.city] : undefined) ?? ILLINOIS_STATE_BPS

export type ReceiptTotals = { subtotal: number; discount: number; tax: number; total: number }

/**
 * Totals in minor units. A store discount (a loyalty reward) lowers the price, so tax is charged on
 * what is left after it (Illinois taxes the discounted price); it never takes a receipt below zero.
 * Tax is rounded once per receipt, half up.
 */
export function receiptTotals(lines: { quantity: number; unitPrice: number }[], discount: number, taxBps: number): ReceiptTotals {
  const subtotal = lines.reduce((n, l) => n + l.quantity * l.unitPrice, 0)
  const off = Math.min(Math.max(0, discount), subtotal)
  const tax = Math.round(((subtotal - off) * taxBps) / 10_000)
  return { subtotal, discount: off, tax, total: subtotal - off + tax }
}
