'use server'

import { randomUUID } from 'node:crypto'
import { refresh } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getDb, type Db } from '@/lib/db'
import { createReservation, type CreateReservationInput, IdempotencyKeyReused, MAX_LINE_QUANTITY, ReservationOutOfStock, UnknownStore, UnknownVariant } from '@/lib/reservations'
import { getStore } from '@/lib/stores'
import type { HoldFormState } from '@/components/reserve/form-state'
import { ensureVisitorId, getMember } from '../../_data/member'

const HoldForm = z.object({
  variantId: z.string().trim().min(1).max(60),
  storeId: z.string({ error: 'Choose a store to pick up from.' }).trim().min(1, 'Choose a store to pick up from.').max(60),
  quantity: z.coerce.number({ error: 'Choose how many.' }).int('Choose how many.').min(1, 'Choose how many.').max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item.`),
  idempotencyKey: z.string().trim().min(8).max(100),
})

const field = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : undefined
}

/**
 * "Hold it for me": a short cart hold at the chosen store, then on to the reservation page to
 * confirm. A double-submit carries the same Idempotency-Key, so it holds once.
 */
export async function holdForPickup(prev: HoldFormState, form: FormData): Promise<HoldFormState> {
  const raw = {
    variantId: field(form, 'variantId'),
    storeId: field(form, 'storeId'),
    quantity: field(form, 'quantity'),
    idempotencyKey: field(form, 'idempotencyKey') ?? prev.idempotencyKey,
  }
  const values = { storeId: raw.storeId ?? '', quantity: Number(raw.quantity) || 1 }
  const parsed = HoldForm.safeParse(raw)
  if (!parsed.success) {
    const errors: HoldFormState['errors'] = {}
    for (const issue of parsed.error.issues) {
      const name = issue.path[0]
      if (name === 'storeId' || name === 'quantity') errors[name] ??= issue.message
      else errors.form ??= 'Something in the form went wrong. Reload the page and try again.'
    }
    return { idempotencyKey: prev.idempotencyKey, values, errors }
  }

  const { variantId, storeId, quantity, idempotencyKey } = parsed.data
  const db = await getDb()
  let url: string
  try {
    url = (await holdOnce(db, { storeId, lines: [{ variantId, quantity }] }, idempotencyKey)).url
  } catch (e) {
    const next = randomUUID()
    if (e instanceof ReservationOutOfStock) {
      const short = e.shortages[0]
      const store = await getStore(db, storeId)
      // The store list behind the form shows the new counts.
      refresh()
      return {
        idempotencyKey: next,
        values: { storeId, quantity: Math.max(1, Math.min(quantity, short.available)) },
        shortage: { storeId, storeName: store?.name ?? 'this store', available: short.available, requested: short.requested, alternatives: short.alternatives },
      }
    }
    if (e instanceof UnknownStore) return { idempotencyKey: next, values, errors: { storeId: 'That store is not in our list any more. Choose another.' } }
    if (e instanceof UnknownVariant) return { idempotencyKey: next, values, errors: { form: 'That item is no longer sold. Go back to the product to choose another.' } }
    throw e
  }
  redirect(url)
}

async function holdOnce(db: Db, input: CreateReservationInput, idempotencyKey: string): Promise<{ url: string }> {
  const member = await getMember()
  const owner = member ? { memberId: member.memberId } : { visitorId: await ensureVisitorId() }
  let created
  try {
    created = await createReservation(db, input, { idempotencyKey, ...owner })
  } catch (e) {
    // The same form sent again with another store or quantity (after Back) is a new request.
    if (!(e instanceof IdempotencyKeyReused)) throw e
    created = await createReservation(db, input, { idempotencyKey: randomUUID(), ...owner })
  }
  const { url } = created.reservation
  if (!url) throw new Error('A new reservation came back without its owner link')
  return { url }
}
