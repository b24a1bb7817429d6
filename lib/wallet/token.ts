// The member card's signed, rotating token: it names the member's opaque wallet id (never the
// member id), carries its own expiry and an HMAC, so the till can trust it and a screenshot goes
// stale. A new wallet id revokes every card and pass issued before.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { DomainError } from '../errors'
import { getSecret } from '../secret'
import { formatWalletToken, parseWalletToken, SIGNATURE_DIGITS, WALLET_ID_DIGITS, walletTokenDigits, type WalletTokenParts } from './token-format'

/** A card shown in the app is good for a day from its issue, so it still scans after a day offline. */
export const CARD_TOKEN_TTL_MS = 24 * 60 * 60_000
/** A pass in Apple or Google Wallet cannot be refreshed from here: it is good for a year, or until revoked. */
export const PASS_TOKEN_TTL_MS = 365 * 24 * 60 * 60_000

export type WalletCardProblem = 'malformed' | 'forged' | 'expired' | 'revoked'

const problems: Record<WalletCardProblem, { status: number; title: string; detail: string }> = {
  malformed: { status: 400, title: 'Not a member card', detail: 'That is not an Aisle member card code. Scan the QR or the barcode on the member’s wallet.' },
  forged: { status: 422, title: 'Card not recognised', detail: 'This member card was not issued by Aisle.' },
  expired: { status: 422, title: 'Card code expired', detail: 'This card code has expired. Ask the member to open their wallet while online to refresh it.' },
  revoked: { status: 422, title: 'Card no longer valid', detail: 'This card was replaced or its account closed. Ask the member to open their wallet again.' },
}

/** A card code the till cannot accept; `reason` says why, the problem type too (`wallet-card-expired`, …). */
export class WalletCardError extends DomainError {
  constructor(readonly reason: WalletCardProblem) {
    const p = problems[reason]
    super(`wallet-card-${reason}`, p.status, p.title, p.detail)
  }
}

/** HMAC of the wallet id and expiry, as 16 decimal digits (~53 bits: a forger gets one guess per till scan). */
function signatureOf(secret: Buffer, walletId: string, expiresAt: number): string {
  const mac = createHmac('sha256', secret).update(`wallet-card:${walletId}.${expiresAt}`).digest()
  return (mac.readBigUInt64BE(0) % 10n ** BigInt(SIGNATURE_DIGITS)).toString().padStart(SIGNATURE_DIGITS, '0')
}

const newWalletId = () => Array.from({ length: WALLET_ID_DIGITS }, (_, i) => randomInt(i === 0 ? 1 : 0, 10)).join('')

/**
 * Sets a fresh wallet id. `onlyIfMissing`: the lazy first assignment (a concurrent first load keeps
 * whichever won). A collision with another member's id is tried again with another.
 */
async function setWalletId(db: Db, memberId: string, onlyIfMissing: boolean): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = newWalletId()
    const [row] = await rows<{ wallet_id: string | null }>(
      db,
      sql`update members set wallet_id = ${candidate}
          where id = ${memberId} and (${!onlyIfMissing}::boolean or wallet_id is null)
            and not exists (select 1 from members other where other.wallet_id = ${candidate})
          returning wallet_id`,
    )
    if (row?.wallet_id) return row.wallet_id
    const [current] = await rows<{ wallet_id: string | null }>(db, sql`select wallet_id from members where id = ${memberId}`)
    if (!current) throw new DomainError('member-not-found', 404, 'Member not found', 'No member has that id.')
    if (onlyIfMissing && current.wallet_id) return current.wallet_id
  }
  throw new Error('could not find a free wallet id')
}

/** The member's wallet id, assigned on first need. */
export async function ensureWalletId(db: Db, memberId: string): Promise<string> {
  const [row] = await rows<{ wallet_id: string | null }>(db, sql`select wallet_id from members where id = ${memberId}`)
  if (row?.wallet_id) return row.wallet_id
  return setWalletId(db, memberId, true)
}

/**
 * Revokes every card and pass the member was ever issued, at once: their tokens name the old wallet
 * id, which no longer resolves. Returns the new id.
 */
export function rotateWalletId(db: Db, memberId: string): Promise<string> {
  return setWalletId(db, memberId, false)
}

export type IssuedToken = { token: string; digits: string; expiresAt: string }

/** Signs a card code for a wallet id (pure; `ttlMs` is the card's or the pass's). */
export function signWalletToken(secret: Buffer, walletId: string, now: Date, ttlMs = CARD_TOKEN_TTL_MS): IssuedToken {
  const expiresAt = Math.floor((now.getTime() + ttlMs) / 1000)
  const parts: WalletTokenParts = { walletId, expiresAt, signature: signatureOf(secret, walletId, expiresAt) }
  return { token: formatWalletToken(parts), digits: walletTokenDigits(parts), expiresAt: new Date(expiresAt * 1000).toISOString() }
}

/** A fresh card code for the member (issued on every online wallet load). */
export async function issueWalletToken(db: Db, memberId: string, opts: { now?: Date; ttlMs?: number } = {}): Promise<IssuedToken> {
  const secret = await getSecret(db)
  const walletId = await ensureWalletId(db, memberId)
  return signWalletToken(secret, walletId, opts.now ?? new Date(), opts.ttlMs)
}

/** What a signed card code says, checked without the database; throws WalletCardError. */
export function verifyWalletToken(secret: Buffer, token: string, now = new Date()): WalletTokenParts {
  const parts = parseWalletToken(token)
  if (!parts) throw new WalletCardError('malformed')
  const expected = Buffer.from(signatureOf(secret, parts.walletId, parts.expiresAt))
  if (!timingSafeEqual(expected, Buffer.from(parts.signature))) throw new WalletCardError('forged')
  if (parts.expiresAt * 1000 <= now.getTime()) throw new WalletCardError('expired')
  return parts
}

export type CardHolder = { memberId: string; name: string; walletId: string }

/** The member a scanned or typed card code belongs to; WalletCardError (malformed, forged, expired, revoked) otherwise. */
export async function resolveWalletToken(db: Db, token: string, now = new Date()): Promise<CardHolder> {
  const parts = verifyWalletToken(await getSecret(db), token, now)
  const [m] = await rows<{ id: string; name: string }>(db, sql`select id, name from members where wallet_id = ${parts.walletId}`)
  if (!m) throw new WalletCardError('revoked')
  return { memberId: m.id, name: m.name, walletId: parts.walletId }
}
