// What the reserve and reservation forms' server actions answer with: field messages to show next
// to each field, and the values the shopper typed so a failed submit never empties the form.

export type Alternative = { storeId: string; name: string; distanceKm: number; available: number }

export type HoldFormState = {
  /** A fresh one after every failed attempt: a retry with another store is another request. */
  idempotencyKey: string
  values?: { storeId: string; quantity: number }
  errors?: { storeId?: string; quantity?: string; form?: string }
  /** The store ran out between showing the page and the submit. */
  shortage?: { storeId: string; storeName: string; available: number; requested: number; alternatives: Alternative[] }
}

export type ContactFormState = {
  values?: { name: string; email: string; phone: string }
  errors?: { name?: string; email?: string; phone?: string; form?: string }
  /** The hold ran out before the details arrived. */
  lapsed?: boolean
}

export type ExtendResult = { holdExpiresAt: string | null; serverNow: number }
