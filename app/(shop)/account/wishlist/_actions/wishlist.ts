'use server'

import { redirect } from 'next/navigation'
import { getDb } from '@/lib/db'
import { DomainError } from '@/lib/errors'
import { removeItem, saveItem, WishlistParams, type WishlistOwner } from '@/lib/wishlist'
import { ensureVisitorId, getMember } from '../../../_data/member'

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')
/** Only a path on this site: a form field must not send the shopper elsewhere. */
const safeBack = (v: string) => (v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/account/wishlist')

/**
 * The heart and the list's Remove button as plain form posts (no JavaScript): the same change as
 * PUT/DELETE /api/v1/wishlist/{productId}, then back to the page it came from.
 */
export async function wishlistFormAction(form: FormData): Promise<void> {
  const back = safeBack(text(form.get('back'), 500))
  const parsed = WishlistParams.safeParse({ productId: text(form.get('productId'), 100) })
  if (parsed.success) {
    const member = await getMember()
    const owner: WishlistOwner = member ? { kind: 'member', memberId: member.memberId } : { kind: 'visitor', visitorId: await ensureVisitorId() }
    const color = text(form.get('color'), 60) || undefined
    try {
      if (form.get('intent') === 'remove') await removeItem(await getDb(), owner, parsed.data.productId)
      else await saveItem(await getDb(), owner, parsed.data.productId, color)
    } catch (e) {
      // A product gone or a full list: the page shows the list as it is; nothing half-done to undo.
      if (!(e instanceof DomainError)) throw e
    }
  }
  redirect(back)
}
