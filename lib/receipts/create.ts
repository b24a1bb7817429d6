import { randomInt } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { emitEvent } from '../inventory/ledger'
import { enqueueMail } from '../mail/outbox'
import { receiptMail } from './mail'
import { receiptTotals, taxBpsFor, type ReceiptTotals } from './policy'
import type { ReceiptChannel, Tender } from './schemas'

export type ReceiptInput = {
  memberId: string | null
  storeId: string
  channel: ReceiptChannel
  /** The purchase it records (a reservation id, a sale reference): one receipt per purchase. */
  reference: string
  lines: { variantId: string; quantity: number; unitPrice: number }[]
  currency: string
  /** A member reward taken off the price, in minor units. */
  discount?: number
  tender: Tender['kind']
  pointsEarned: number
  /** Where to email it when there is no member (a guest's pickup); a member's receipt goes to the member. */
  guest?: { name: string | null; email: string } | null
}

export type CreatedReceipt = ReceiptTotals & { id: string; number: string; pointsEarned: number; currency: string }

export class DuplicateReceipt extends DomainError {
  constructor(reference: string) {
    super('duplicate-purchase', 409, 'Already recorded', `A purchase with reference ${reference} was already recorded; nothing was sold again.`, { reference })
  }
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
// Read aloud at a returns desk: no 0/O, 1/I/L, 2/Z, 5/S, 8/B (as pickup codes).
const NUMBER_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('')

/** "R250114-K7P3QX": the day in the store's time zone, then a random part. */
function receiptNumber(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { year: '2-digit', month: '2-digit', day: '2-digit', timeZone }).formatToParts(now)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00'
  return `R${get('year')}${get('month')}${get('day')}-${pick(NUMBER_ALPHABET, 6)}`
}

const tenderLabel: Record<Tender['kind'], string> = { card: 'Card', cash: 'Cash', 'pay-at-pickup': 'Paid at pickup' }

type StoreRow = { name: string; address_line1: string; city: string; region: string; postal_code: string; phone: string; timezone: string }
type ItemRow = { id: string; sku: string; product_name: string; color_name: string; size: string | null }

/**
 * The receipt of a completed purchase, written in the purchase's own transaction: lines, totals
 * with tax by the store's rule, tender and points, its email (to the member, or to the guest) and,
 * for a member, a `receipt.created` event. A second receipt for the same purchase is refused
 * (DuplicateReceipt), which rolls the purchase back with it.
 */
export async function createReceipt(tx: Db, input: ReceiptInput): Promise<CreatedReceipt> {
  const [store] = await rows<StoreRow>(tx, sql`select name, address_line1, city, region, postal_code, phone, timezone from stores where id = ${input.storeId}`)
  if (!store) throw new DomainError('store-not-found', 404, 'Store not found', `No store ${input.storeId}.`)
  const ids = input.lines.map((l) => l.variantId)
  const items = await rows<ItemRow>(
    tx,
    sql`select v.id, v.sku, p.name as product_name, c.name as color_name, v.size
        from variants v join products p on p.id = v.product_id join product_colors c on c.product_id = p.id and c.code = v.color_code
        where v.id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  )
  const byId = new Map(items.map((i) => [i.id, i]))
  const totals = receiptTotals(input.lines, input.discount ?? 0, taxBpsFor(store))
  const now = new Date()
  const tender: Tender = { kind: input.tender, amount: totals.total }

  let id = ''
  let number = ''
  for (let attempt = 0; !id; attempt++) {
    if (attempt >= 5) throw new Error('could not find a free receipt number')
    const candidate = { id: `rcp_${pick(ID_ALPHABET, 16)}`, number: receiptNumber(now, store.timezone) }
    const [inserted] = await rows<{ id: string }>(
      tx,
      sql`insert into receipts (id, number, member_id, store_id, channel, reference, currency, subtotal, discount, tax, total, tender, points_earned, created_at)
          values (${candidate.id}, ${candidate.number}, ${input.memberId}, ${input.storeId}, ${input.channel}, ${input.reference}, ${input.currency},
                  ${totals.subtotal}, ${totals.discount}, ${totals.tax}, ${totals.total}, ${JSON.stringify(tender)}::jsonb, ${input.pointsEarned}, ${now.toISOString()})
          on conflict do nothing returning id`,
    )
    if (inserted) ({ id, number } = candidate)
    else {
      const [existing] = await rows<{ n: number | string }>(tx, sql`select count(*) as n from receipts where reference = ${input.reference}`)
      if (num(existing.n) > 0) throw new DuplicateReceipt(input.reference)
    }
  }

  const lines = input.lines.map((l, i) => {
    const item = byId.get(l.variantId)
    const detail = [item?.color_name, item?.size].filter(Boolean).join(' · ')
    return { lineNo: i + 1, variantId: l.variantId, sku: item?.sku ?? l.variantId, name: item?.product_name ?? 'Item', detail, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.quantity * l.unitPrice }
  })
  await tx.execute(
    sql`insert into receipt_lines (receipt_id, line_no, variant_id, sku, name, detail, quantity, unit_price, line_total) values ${sql.join(
      lines.map((l) => sql`(${id}, ${l.lineNo}, ${l.variantId}, ${l.sku}, ${l.name}, ${l.detail}, ${l.quantity}, ${l.unitPrice}, ${l.lineTotal})`),
      sql`, `,
    )}`,
  )

  const [member] = input.memberId ? await rows<{ email: string; name: string }>(tx, sql`select email, name from members where id = ${input.memberId}`) : []
  const to = member ?? input.guest
  if (to) {
    const mail = receiptMail({
      receiptId: id,
      number,
      member: Boolean(member),
      name: to.name,
      store: { name: store.name, address: `${store.address_line1}, ${store.city}, ${store.region} ${store.postal_code}`, phone: store.phone, timezone: store.timezone },
      lines,
      totals,
      currency: input.currency,
      tenderLabel: tenderLabel[input.tender],
      pointsEarned: input.pointsEarned,
      createdAt: now,
    })
    await enqueueMail(tx, { ...mail, to: to.email, kind: 'receipt', reference: id })
  }
  // Private to the member, like loyalty.changed: the member stream passes it to them alone.
  if (input.memberId) await emitEvent(tx, 'receipt.created', null, { memberId: input.memberId, receiptId: id })
  return { id, number, ...totals, pointsEarned: input.pointsEarned, currency: input.currency }
}
