import type { Db } from '../db/client'
import { getBalance } from '../loyalty/ledger'
import { tierOf } from '../loyalty/policy'
import { parseWalletToken } from './token-format'
import { issueWalletToken, PASS_TOKEN_TTL_MS } from './token'

/** What an Apple or Google pass shows: the same card as the app, with a code good for a year. */
export type PassContent = {
  walletId: string
  name: string
  points: number
  tier: string
  /** "380 points to Gold", or null at the top tier. */
  nextTier: string | null
  token: string
  digits: string
  expiresAt: string
}

/** Wallet apps cannot be refreshed from here, so the pass's code outlives the app's; rotateWalletId still revokes it. */
export async function passContent(db: Db, member: { memberId: string; name: string }, now = new Date()): Promise<PassContent> {
  const issued = await issueWalletToken(db, member.memberId, { now, ttlMs: PASS_TOKEN_TTL_MS })
  const balance = await getBalance(db, member.memberId)
  const tier = tierOf(balance.lifetime)
  return {
    walletId: parseWalletToken(issued.token)!.walletId,
    name: member.name || 'Aisle member',
    points: balance.points,
    tier: tier.tier.name,
    nextTier: tier.next ? `${tier.toNext} points to ${tier.next.name}` : null,
    ...issued,
  }
}
