import { describe, expect, it } from 'vitest'
import type { WalletView } from '@/lib/wallet/schemas'
import { cardExpired, clearCopy, loadCopy, saveCopy, WALLET_COPY_KEY } from './offline-copy'

class MemoryStorage {
  map = new Map<string, string>()
  full = false
  getItem = (k: string) => this.map.get(k) ?? null
  setItem = (k: string, v: string) => {
    if (this.full) throw new DOMException('full', 'QuotaExceededError')
    this.map.set(k, v)
  }
  removeItem = (k: string) => void this.map.delete(k)
}

const wallet = (memberId = 'mem_a', expiresAt = '2026-03-02T12:00:00.000Z'): WalletView => ({
  member: { id: memberId, name: 'Ada' },
  card: { token: 'AISLE-MEMBER:412345678901.1772452800.0123456789012345', digits: '41234567890117724528000123456789012345', expiresAt },
  loyalty: { points: 120, lifetime: 620, tier: { id: 'silver', name: 'Silver' }, nextTier: { id: 'gold', name: 'Gold', from: 1500 }, toNextTier: 880, progress: 0.12 },
  rewards: [],
  activity: [],
  receipts: [],
  reservations: [],
  passes: { apple: false, google: false },
  fetchedAt: '2026-03-01T12:00:00.000Z',
  since: 0,
})

describe('the wallet offline copy', () => {
  it('keeps the last wallet with whose it is and when it was fetched', () => {
    const s = new MemoryStorage()
    expect(loadCopy(s)).toBeNull()
    saveCopy(s, wallet(), 1_000)
    expect(loadCopy(s)).toEqual({ memberId: 'mem_a', fetchedAt: 1_000, wallet: wallet() })
    // The next good load replaces it, whoever is signed in now.
    saveCopy(s, wallet('mem_b'), 2_000)
    expect(loadCopy(s)).toMatchObject({ memberId: 'mem_b', fetchedAt: 2_000 })
  })

  it('is deleted when the server says the session is gone', () => {
    const s = new MemoryStorage()
    saveCopy(s, wallet(), 1_000)
    clearCopy(s)
    expect(s.map.has(WALLET_COPY_KEY)).toBe(false)
    expect(loadCopy(s)).toBeNull()
  })

  it('ignores what it did not write: broken JSON, another shape, a copy whose member does not match', () => {
    const s = new MemoryStorage()
    for (const text of ['{', '"x"', JSON.stringify({ memberId: 'mem_a', fetchedAt: 1, wallet: { member: { id: 'mem_b' } } }), JSON.stringify({ memberId: 'mem_a', fetchedAt: '1', wallet: wallet() })]) {
      s.map.set(WALLET_COPY_KEY, text)
      expect(loadCopy(s)).toBeNull()
    }
  })

  it('a full or disabled storage loses the copy, not the page', () => {
    const s = new MemoryStorage()
    s.full = true
    expect(() => saveCopy(s, wallet(), 1)).not.toThrow()
    expect(loadCopy(s)).toBeNull()
  })

  it('knows when the saved card code has expired (a day after it was issued)', () => {
    const w = wallet('mem_a', '2026-03-02T12:00:00.000Z')
    expect(cardExpired(w, Date.parse('2026-03-02T11:59:59Z'))).toBe(false)
    expect(cardExpired(w, Date.parse('2026-03-02T12:00:00Z'))).toBe(true)
  })
})
