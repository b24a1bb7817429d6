import type { Db } from '../db/client'
import { getStore } from '../stores/stores'
import { findByCode } from './by-code'
import { InvalidCode } from './errors'
import { missingLandingHref, productLandingHref, type LandingVia } from './landing-href'

/**
 * Where a printed code's URL sends the shopper. `storeId` is the store the code names, when it
 * names one we have; it becomes the shopper's store even when the item itself is unknown.
 */
export type Landing =
  | { kind: 'product'; href: string; storeId: string | null }
  | { kind: 'missing'; href: string; storeId: string | null }
  | { kind: 'invalid'; reason: string }

// The store segment of a shelf tag, as parseCode reads it back from a QR code.
const STORE_REF = /^[A-Za-z0-9_-]{1,60}$/
const GTIN_DIGITS = /^\d{8,14}$/

/**
 * Resolves `/tag/{storeRef}/{gtin}` (and `/01/{gtin}` without a store). A store we do not know
 * does not stop the shopper reaching the item; a GTIN that cannot be one (wrong length or check
 * digit: a misprint or a tampered link) is the only thing that does.
 */
export async function resolveLanding(db: Db, input: { gtin: string; storeRef?: string; via: LandingVia }): Promise<Landing> {
  if (!GTIN_DIGITS.test(input.gtin)) {
    return { kind: 'invalid', reason: 'The link should end in the 8 to 14 digit number printed under the barcode.' }
  }
  const storeRef = input.storeRef !== undefined && STORE_REF.test(input.storeRef) ? input.storeRef : null
  const [match, store] = await Promise.all([
    findByCode(db, input.gtin).catch((e: unknown) => {
      if (e instanceof InvalidCode) return e
      throw e
    }),
    storeRef ? getStore(db, storeRef) : null,
  ])
  if (match instanceof InvalidCode) return { kind: 'invalid', reason: match.message }
  const storeId = store?.id ?? null
  if (!match) return { kind: 'missing', href: missingLandingHref(input.gtin), storeId }
  return { kind: 'product', href: productLandingHref(match.product.handle, match.variant, input.via), storeId }
}
