// A member with something in every place personal data can be, for export and erasure tests.
import { sql } from 'drizzle-orm'
import { requestCode } from '../auth/codes'
import { createSession } from '../customers/sessions'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { mergeVisitorIntoMember } from '../identity/merge'
import { insertReservation, someProducts } from '../identity/testing'
import { emitEvent } from '../inventory/ledger'
import { earnPoints, findOrCreateMember } from '../loyalty/ledger'
import { enqueueMail } from '../mail/outbox'
import { createReceipt } from '../receipts/create'
import { ensureWalletId } from '../wallet/token'
import { saveItem } from '../wishlist/wishlist'
import { setConsents } from './consents'

export type Person = { name: string; email: string; phone: string; typedPhone: string }

export async function memberWithEverything(db: Db, p: Person, visitorId: string) {
  const { memberId } = await findOrCreateMember(db, { name: p.name, email: p.email, phone: p.phone })
  const { token } = await createSession(db, memberId, 'email-code')
  const [p1, p2] = await someProducts(db, 2)
  await saveItem(db, { kind: 'visitor', visitorId }, p2)
  // Typed at a desk before the member ever signed in: attached by the sign-in merge.
  const typedElsewhere = await insertReservation(db, { name: p.name, email: ` ${p.email.toUpperCase()} `, phone: p.typedPhone })
  await mergeVisitorIntoMember(db, { visitorId, memberId, scans: [{ code: '0012345678905', productId: p1, scannedAt: new Date(Date.now() - 60_000).toISOString() }] })
  await saveItem(db, { kind: 'member', memberId }, p1)
  await setConsents(db, memberId, { marketing_email: true, in_store_recognition: true }, 'privacy-centre')
  await earnPoints(db, { memberId, amountMinor: 12_345, channel: 'store', reference: `sale-${memberId}` })
  const [v] = await rows<{ id: string; store_id: string }>(db, sql`select variant_id as id, store_id from inventory_levels order by store_id, variant_id limit 1`)
  const receipt = await createReceipt(db, { memberId, storeId: v.store_id, channel: 'in-store', reference: `ref-${memberId}`, lines: [{ variantId: v.id, quantity: 1, unitPrice: 12_345 }], currency: 'USD', tender: 'card', pointsEarned: 123 })
  const attached = await insertReservation(db, { name: p.name, email: p.email, phone: p.phone, memberId })
  await enqueueMail(db, { to: p.email, subject: 'Your order', text: `Hi ${p.name}`, html: `<p>Hi ${p.name}</p>`, kind: 'test' })
  await requestCode(db, { email: p.email }, { ip: '203.0.113.9' })
  await db.execute(sql`insert into passkeys (id, member_id, public_key, device_type, name) values (${`pk_${memberId}`}, ${memberId}, 'secret-public-key', 'multiDevice', ${`${p.name}'s phone`})`)
  await db.execute(sql`insert into push_subscriptions (endpoint, p256dh, auth, member_id) values (${`https://push.example.net/send/${memberId}`}, 'p256', 'auth-secret', ${memberId})`)
  await db.execute(sql`insert into push_subscriptions (endpoint, p256dh, auth, visitor_id) values (${`https://push.example.net/send/${visitorId}`}, 'p256', 'auth-secret', ${visitorId})`)
  await ensureWalletId(db, memberId)
  // A careless event that copied contact details into its payload.
  await emitEvent(db, 'test.careless', null, { note: `mail ${p.email} or call ${p.phone}` })
  return { memberId, token, receiptId: receipt.id, reservations: [attached, typedElsewhere], products: [p1, p2] }
}
