// The wishlist: products a member (or, before sign-in, an anonymous visitor) saved for later.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { emitEvent, writeTx } from '../inventory/ledger'
import { WISHLIST_LIMIT } from './policy'
import type { SaveResult, Wishlist, WishlistItem } from './schemas'

export type WishlistOwner = { kind: 'member'; memberId: string } | { kind: 'visitor'; visitorId: string }

export class UnknownProduct extends DomainError {
  constructor(productId: string) {
    super('product-not-found', 404, 'Product not found', 'There is no product with that id.', { productId })
  }
}
export class UnknownColor extends DomainError {
  constructor(productId: string, color: string) {
    super('color-not-found', 404, 'Colour not found', 'That product does not come in that colour.', { productId, color })
  }
}
export class WishlistFull extends DomainError {
  constructor() {
    super('wishlist-full', 409, 'Wishlist is full', `A wishlist holds up to ${WISHLIST_LIMIT} products; remove one to save another.`, { limit: WISHLIST_LIMIT })
  }
}

const ownedBy = (o: WishlistOwner) => (o.kind === 'member' ? sql`w.member_id = ${o.memberId}` : sql`w.visitor_id = ${o.visitorId}`)
const ownerKey = (o: WishlistOwner) => (o.kind === 'member' ? `wishlist:${o.memberId}` : `wishlist:${o.visitorId}`)

type ItemRow = {
  product_id: string
  color_id: string | null
  created_at: Date | string
  handle: string
  name: string
  brand: string
  price_amount: number | string
  compare_at_amount: number | string | null
  currency: string
  color_code: string | null
  color_name: string | null
  url: string | null
  alt: string | null
  width: number | string | null
  height: number | string | null
}

const toItem = (r: ItemRow): WishlistItem => ({
  productId: r.product_id,
  handle: r.handle,
  name: r.name,
  brand: r.brand,
  price: { amount: num(r.price_amount), currency: r.currency },
  compareAtPrice: r.compare_at_amount === null ? null : { amount: num(r.compare_at_amount), currency: r.currency },
  color: r.color_code && r.color_name ? { code: r.color_code, name: r.color_name } : null,
  image: r.url ? { url: r.url, alt: r.alt ?? '', width: num(r.width), height: num(r.height) } : null,
  href: r.color_id ? `/p/${r.handle}?color=${encodeURIComponent(r.color_id)}` : `/p/${r.handle}`,
  savedAt: iso(r.created_at),
})

/** Newest first, with what a list needs to show each product (the saved colour's photo, else the first colour's). Products no longer sold drop out. */
export async function listWishlist(db: Db, owner: WishlistOwner): Promise<Wishlist> {
  const found = await rows<ItemRow>(
    db,
    sql`select w.product_id, w.color_id, w.created_at, p.handle, p.name, p.brand, p.price_amount, p.compare_at_amount, p.currency,
               c.code as color_code, c.name as color_name, img.url, img.alt, img.width, img.height
        from wishlist_items w
        join products p on p.id = w.product_id
        left join lateral (
          select code, name from product_colors pc where pc.product_id = p.id
          order by (pc.code = w.color_id) desc, pc.position limit 1
        ) c on true
        left join lateral (
          select url, alt, width, height from product_images i where i.product_id = p.id and i.color_code = c.code
          order by i.position limit 1
        ) img on true
        where ${ownedBy(owner)}
        order by w.created_at desc, w.id desc`,
  )
  return { owner: owner.kind, items: found.map(toItem), limit: WISHLIST_LIMIT }
}

export async function isSaved(db: Db, owner: WishlistOwner, productId: string): Promise<boolean> {
  return (await rows(db, sql`select 1 from wishlist_items w where ${ownedBy(owner)} and w.product_id = ${productId}`)).length > 0
}

/**
 * Saves a product; saving it again is a no-op (a new colour replaces the old one). Refused past
 * the list limit. A member's change is an event, so their other devices' hearts follow.
 */
export async function saveItem(db: Db, owner: WishlistOwner, productId: string, color?: string): Promise<SaveResult> {
  return writeTx(db, async (tx) => {
    // One owner's saves run one at a time, so two at once cannot both take the last place.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${ownerKey(owner)}))`)
    if (!(await rows(tx, sql`select 1 from products where id = ${productId}`)).length) throw new UnknownProduct(productId)
    if (color && !(await rows(tx, sql`select 1 from product_colors where product_id = ${productId} and code = ${color}`)).length) {
      throw new UnknownColor(productId, color)
    }
    const [existing] = await rows<{ id: number | string; color_id: string | null }>(tx, sql`select w.id, w.color_id from wishlist_items w where ${ownedBy(owner)} and w.product_id = ${productId}`)
    const [{ n }] = await rows<{ n: number | string }>(tx, sql`select count(*) as n from wishlist_items w where ${ownedBy(owner)}`)
    let changed = false
    if (existing) {
      if (color && color !== existing.color_id) {
        await tx.execute(sql`update wishlist_items set color_id = ${color} where id = ${existing.id}`)
        changed = true
      }
    } else {
      if (num(n) >= WISHLIST_LIMIT) throw new WishlistFull()
      const [memberId, visitorId] = owner.kind === 'member' ? [owner.memberId, null] : [null, owner.visitorId]
      await tx.execute(sql`insert into wishlist_items (member_id, visitor_id, product_id, color_id) values (${memberId}, ${visitorId}, ${productId}, ${color ?? null})`)
      changed = true
    }
    if (changed && owner.kind === 'member') await emitEvent(tx, 'wishlist.changed', null, { memberId: owner.memberId, productId, saved: true })
    return { productId, saved: true, color: (color ?? existing?.color_id) || null, created: !existing, count: num(n) + (existing ? 0 : 1) }
  })
}

/** Removes a product; removing one that is not there is a no-op. Returns whether anything was removed. */
export async function removeItem(db: Db, owner: WishlistOwner, productId: string): Promise<boolean> {
  return writeTx(db, async (tx) => {
    const gone = await rows(tx, sql`delete from wishlist_items w where ${ownedBy(owner)} and w.product_id = ${productId} returning w.id`)
    if (gone.length && owner.kind === 'member') await emitEvent(tx, 'wishlist.changed', null, { memberId: owner.memberId, productId, saved: false })
    return gone.length > 0
  })
}
