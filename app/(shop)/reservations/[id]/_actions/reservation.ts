'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '@/lib/db'
import { DomainError } from '@/lib/errors'
import { cancelByShopper, confirmReservation, CustomerInput, extendHold, InvalidTransition, ReservationNotFound } from '@/lib/reservations'
import type { ContactFormState, ExtendResult } from '@/components/reserve/form-state'

// Every action names the reservation by id and proves ownership with the link's key; lib checks
// the key, so a forged form reaches nothing that is not the sender's own.

const Owner = z.object({ id: z.string().min(1).max(60), key: z.string().min(1).max(200) })

const text = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : ''
}

function ownerOf(form: FormData) {
  const owner = Owner.safeParse({ id: text(form, 'id'), key: text(form, 'key') })
  if (!owner.success) throw new ReservationNotFound()
  return owner.data
}

const pageOf = (id: string, key: string) => `/reservations/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`

/** The contact details turn the cart hold into a placed reservation (and the "Reserved at …" email). */
export async function confirmHold(_prev: ContactFormState, form: FormData): Promise<ContactFormState> {
  const { id, key } = ownerOf(form)
  const values = { name: text(form, 'name'), email: text(form, 'email'), phone: text(form, 'phone') }
  const customer = CustomerInput.safeParse(values)
  if (!customer.success) {
    const errors: NonNullable<ContactFormState['errors']> = {}
    for (const issue of customer.error.issues) {
      const name = issue.path[0]
      if (name === 'name' || name === 'email' || name === 'phone') errors[name] ??= issue.message
    }
    if (errors.name && !values.name.trim()) errors.name = 'Enter the name the order is for.'
    if (errors.email && !values.email.trim()) errors.email = 'Enter your email address; we send the pickup code there.'
    return { values, errors }
  }
  try {
    await confirmReservation(await getDb(), id, key, customer.data)
  } catch (e) {
    if (e instanceof InvalidTransition) return { values, lapsed: true }
    throw e
  }
  redirect(pageOf(id, key))
}

/** Cancel (or, while still a cart hold, release) — the stock goes back on the shelf at once. */
export async function cancelReservation(form: FormData): Promise<void> {
  const { id, key } = ownerOf(form)
  try {
    await cancelByShopper(await getDb(), id, key)
  } catch (e) {
    // Collected or expired in the meantime: the page shows what it is now.
    if (!(e instanceof InvalidTransition)) throw e
  }
  redirect(pageOf(id, key))
}

/** Keeps the cart hold while the shopper is on the page; answers with its new end, or null once it is no longer a hold. */
export async function extendCartHold(id: string, key: string): Promise<ExtendResult> {
  const owner = Owner.safeParse({ id, key })
  if (!owner.success) return { holdExpiresAt: null, serverNow: Date.now() }
  try {
    const view = await extendHold(await getDb(), owner.data.id, owner.data.key)
    return { holdExpiresAt: view.holdExpiresAt, serverNow: Date.now() }
  } catch (e) {
    if (e instanceof DomainError) return { holdExpiresAt: null, serverNow: Date.now() }
    throw e
  }
}
