import type { ReceiptTotals } from './policy'

const site = () => (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/$/, '')
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export type ReceiptMailInput = {
  receiptId: string
  number: string
  /** The wallet link works for members only; a guest's receipt mail stands on its own. */
  member: boolean
  name: string | null
  store: { name: string; address: string; phone: string; timezone: string }
  lines: { name: string; detail: string; quantity: number; lineTotal: number }[]
  totals: ReceiptTotals
  currency: string
  tenderLabel: string
  pointsEarned: number
  createdAt: Date
}

/** The emailed copy of a receipt: every line, the totals, how it was paid, and the points it earned. */
export function receiptMail(r: ReceiptMailInput): { subject: string; text: string; html: string } {
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: r.currency })
  const m = (n: number) => money.format(n / 100)
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: r.store.timezone }).format(r.createdAt)
  const rows: [string, string][] = [
    ...r.lines.map((l): [string, string] => [`${l.quantity} × ${l.name} — ${l.detail}`, m(l.lineTotal)]),
    ['Subtotal', m(r.totals.subtotal)],
    ...(r.totals.discount > 0 ? [['Member reward', `−${m(r.totals.discount)}`] as [string, string]] : []),
    ['Sales tax', m(r.totals.tax)],
    ['Total', m(r.totals.total)],
    ['Paid', r.tenderLabel],
  ]
  const points = r.pointsEarned > 0 ? `You earned ${r.pointsEarned} point${r.pointsEarned === 1 ? '' : 's'} with this purchase.` : ''
  const link = `${site()}/wallet/receipts/${r.receiptId}`
  const keep = r.member ? `Your receipt is in your wallet: ${link}` : 'Keep this email: the receipt number finds your purchase for a return.'
  const subject = `Your receipt from ${r.store.name} — ${r.number}`
  const text = [`Hi ${r.name || 'there'},`, '', `Thanks for shopping at ${r.store.name}. Receipt ${r.number}, ${when}.`, '', ...rows.map(([a, b]) => `${a}: ${b}`), '', points, keep, '', `${r.store.name} · ${r.store.address} · ${r.store.phone}`]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n')
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px">
<p>Hi ${escape(r.name || 'there')},</p><p>Thanks for shopping at ${escape(r.store.name)}. Receipt <strong>${escape(r.number)}</strong>, ${escape(when)}.</p>
<table style="width:100%;border-collapse:collapse">${rows.map(([a, b]) => `<tr><td style="padding:4px 0">${escape(a)}</td><td style="padding:4px 0;text-align:right">${escape(b)}</td></tr>`).join('')}</table>
${points ? `<p>${escape(points)}</p>` : ''}
<p>${r.member ? `<a href="${escape(link)}">View your receipt in your wallet</a>` : escape(keep)}</p>
<p style="color:#57534e;font-size:14px">${escape(`${r.store.name} · ${r.store.address} · ${r.store.phone}`)}</p>
</body></html>`
  return { subject, text, html }
}
