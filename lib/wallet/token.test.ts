import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { openTestDb } from '../db/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { getSecret } from '../secret'
import { parseWalletToken, walletTokenDigits } from './token-format'
import { CARD_TOKEN_TTL_MS, ensureWalletId, issueWalletToken, resolveWalletToken, rotateWalletId, signWalletToken, WalletCardError } from './token'

describe('the member card token', () => {
  let h: DbHandle
  let memberId: string
  beforeAll(async () => {
    h = await openTestDb('pglite', { seed: false })
    ;({ memberId } = await findOrCreateMember(h.db, { name: 'Ada Lovelace', email: 'ada@example.com' }))
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const refusal = async (token: string, now?: Date) => {
    const e = await resolveWalletToken(h.db, token, now).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(WalletCardError)
    return e as WalletCardError
  }

  it('round-trips to the member, by QR text or by the 38 digits, and never carries the member id', async () => {
    const now = new Date()
    const issued = await issueWalletToken(h.db, memberId, { now })
    expect(issued.token).toMatch(/^AISLE-MEMBER:\d{12}\.\d{10}\.\d{16}$/)
    expect(issued.token).not.toContain(memberId)
    expect(new Date(issued.expiresAt).getTime() - now.getTime()).toBeGreaterThan(CARD_TOKEN_TTL_MS - 1000)
    expect(await resolveWalletToken(h.db, issued.token)).toMatchObject({ memberId, name: 'Ada Lovelace' })
    expect(await resolveWalletToken(h.db, issued.digits)).toMatchObject({ memberId })
    // The wallet id is assigned once and kept: every load issues a new token for the same card.
    const again = await issueWalletToken(h.db, memberId, { now: new Date(now.getTime() + 60_000) })
    expect(again.token).not.toBe(issued.token)
    expect(parseWalletToken(again.token)!.walletId).toBe(parseWalletToken(issued.token)!.walletId)
  })

  it('expires 24 h after it was issued', async () => {
    const issuedAt = new Date('2026-03-01T12:00:00Z')
    const { token } = await issueWalletToken(h.db, memberId, { now: issuedAt })
    const justBefore = new Date(issuedAt.getTime() + CARD_TOKEN_TTL_MS - 1000)
    expect((await resolveWalletToken(h.db, token, justBefore)).memberId).toBe(memberId)
    const after = await refusal(token, new Date(issuedAt.getTime() + CARD_TOKEN_TTL_MS))
    expect(after).toMatchObject({ reason: 'expired', status: 422, type: 'wallet-card-expired' })
  })

  it('refuses a tampered token: another wallet id, a later expiry, a changed signature, or garbage', async () => {
    const { token } = await issueWalletToken(h.db, memberId)
    const p = parseWalletToken(token)!
    const other = { ...p, walletId: p.walletId.replace(/^\d/, (d) => String((Number(d) % 9) + 1)) }
    expect((await refusal(`AISLE-MEMBER:${other.walletId}.${p.expiresAt}.${p.signature}`)).reason).toBe('forged')
    expect((await refusal(`AISLE-MEMBER:${p.walletId}.${p.expiresAt + 86_400}.${p.signature}`)).reason).toBe('forged')
    const flipped = p.signature.slice(0, -1) + String((Number(p.signature.at(-1)) + 1) % 10)
    expect((await refusal(walletTokenDigits({ ...p, signature: flipped }))).reason).toBe('forged')
    // Signed with another server's key.
    const foreign = signWalletToken(Buffer.from('not our secret'), p.walletId, new Date())
    expect((await refusal(foreign.token)).reason).toBe('forged')
    expect(await refusal('8034592001024')).toMatchObject({ reason: 'malformed', status: 400 })
  })

  it('rotateWalletId revokes every card issued before, at once; new ones work', async () => {
    const a = await issueWalletToken(h.db, memberId)
    const b = await issueWalletToken(h.db, memberId, { ttlMs: 365 * 86_400_000 })
    const before = await ensureWalletId(h.db, memberId)
    const after = await rotateWalletId(h.db, memberId)
    expect(after).not.toBe(before)
    expect((await refusal(a.token)).reason).toBe('revoked')
    expect((await refusal(b.token)).reason).toBe('revoked')
    const fresh = await issueWalletToken(h.db, memberId)
    expect((await resolveWalletToken(h.db, fresh.token)).memberId).toBe(memberId)
    // A valid signature for a wallet id nobody has is revoked, not forged.
    const orphan = signWalletToken(await getSecret(h.db), '999999999999', new Date())
    expect((await refusal(orphan.token)).reason).toBe('revoked')
  })
})
