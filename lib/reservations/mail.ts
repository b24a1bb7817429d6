import { formatPickupCode } from './codes'
import type { ReservationView } from './schemas'

export type ReservationMailKind = 'placed' | 'ready' | 'reminder' | 'cancelled' | 'expired'

const site = () => (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/$/, '')

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

// Intl formatters are costly to build and every mail needs them: one per currency / time zone.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
const cached = <F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F => {
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = make()))
  return f as F
}

const money = (amount: number, currency: string) =>
  cached(`n:${currency}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency })).format(amount / 100)

const when = (isoTime: string | null, timeZone: string) =>
  isoTime
    ? cached(`d:${timeZone}`, () => new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone })).format(
        new Date(isoTime),
      )
    : ''

/** The shopper's emails: what happened, what to do next, and the link back to their reservation. */
export function reservationMail(kind: ReservationMailKind, r: ReservationView): { subject: string; text: string; html: string } {
  const link = `${site()}${r.url ?? `/reservations/${r.id}`}`
  const code = formatPickupCode(r.pickupCode)
  const deadline = when(r.pickupBy, r.store.timezone)
  const name = r.customer?.name ?? 'there'
  const items = r.lines.map((l) => `${l.quantity} × ${l.productName} — ${l.colorName}${l.size ? `, ${l.size}` : ''} (${money(l.unitPrice.amount * l.quantity, l.unitPrice.currency)})`)
  const copy: Record<ReservationMailKind, { subject: string; lead: string; next: string }> = {
    placed: {
      subject: `Reserved at ${r.store.name} — pickup code ${code}`,
      lead: `We're holding your items at ${r.store.name}. We'll email you again when they're picked and ready.`,
      next: `Pick up by ${deadline}. Show the QR code on your reservation page, or say the code ${code} at the desk. You pay when you collect.`,
    },
    ready: {
      subject: `Ready for pickup at ${r.store.name} — ${code}`,
      lead: `Your items are picked and waiting for you at ${r.store.name}, ${r.store.address}.`,
      next: `Collect by ${deadline}. Show the QR code on your reservation page, or say the code ${code} at the desk.`,
    },
    reminder: {
      subject: `Reminder: your reservation at ${r.store.name} ends soon`,
      lead: `Your reservation at ${r.store.name} is held until ${deadline}.`,
      next: `Pickup code ${code}. If you no longer want it, cancel from your reservation page so someone else can have it.`,
    },
    cancelled: {
      subject: `Reservation cancelled — ${r.store.name}`,
      lead: `Your reservation at ${r.store.name} has been cancelled.${r.cancelReason ? ` ${r.cancelReason}` : ''}`,
      next: 'Nothing was charged. You can reserve again from the product page.',
    },
    expired: {
      subject: `Reservation expired — ${r.store.name}`,
      lead: `Your reservation at ${r.store.name} was not collected by ${deadline}, so the items went back on the shelf.`,
      next: 'Nothing was charged. You can reserve again from the product page.',
    },
  }
  const c = copy[kind]
  const text = [`Hi ${name},`, '', c.lead, '', ...items, '', c.next, '', `Your reservation: ${link}`, '', `${r.store.name} · ${r.store.address} · ${r.store.phone}`].join('\n')
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px">
<p>Hi ${escape(name)},</p><p>${escape(c.lead)}</p>
<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>
<p>${escape(c.next)}</p>
<p><a href="${escape(link)}">View your reservation</a></p>
<p style="color:#57534e;font-size:14px">${escape(`${r.store.name} · ${r.store.address} · ${r.store.phone}`)}</p>
</body></html>`
  return { subject: c.subject, text, html }
}
