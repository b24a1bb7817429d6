import type { WalletView } from '@/lib/wallet/schemas'

// The browser's own, explicit offline copy of the wallet: the last answer of GET /api/v1/wallet,
// with whose it is and when it was fetched. Written on every good load, deleted when the server
// says the session is gone; read when the network or the server is not there.

export const WALLET_COPY_KEY = 'aisle.wallet.v1'

export type WalletCopy = { memberId: string; fetchedAt: number; wallet: WalletView }
type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function saveCopy(storage: StorageLike, wallet: WalletView, fetchedAt = Date.now()): void {
  const copy: WalletCopy = { memberId: wallet.member.id, fetchedAt, wallet }
  try {
    storage.setItem(WALLET_COPY_KEY, JSON.stringify(copy))
  } catch {
    // Storage full or disabled (private mode): the wallet still works online, only without a copy.
  }
}

/** The copy, or null when there is none or it is not one we wrote (an older format, a hand edit). */
export function loadCopy(storage: StorageLike): WalletCopy | null {
  let text: string | null
  try {
    text = storage.getItem(WALLET_COPY_KEY)
  } catch {
    return null
  }
  if (!text) return null
  try {
    const copy = JSON.parse(text) as Partial<WalletCopy>
    const w = copy.wallet
    const ok =
      typeof copy.memberId === 'string' &&
      typeof copy.fetchedAt === 'number' &&
      w?.member?.id === copy.memberId &&
      typeof w.card?.token === 'string' &&
      Array.isArray(w.receipts) &&
      Array.isArray(w.activity) &&
      Array.isArray(w.rewards) &&
      Array.isArray(w.reservations)
    return ok ? (copy as WalletCopy) : null
  } catch {
    return null
  }
}

export function clearCopy(storage: StorageLike): void {
  try {
    storage.removeItem(WALLET_COPY_KEY)
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/** A card code past its expiry is refused at the till: the page says so instead of showing it. */
export const cardExpired = (copy: Pick<WalletView, 'card'>, now: number) => new Date(copy.card.expiresAt).getTime() <= now
