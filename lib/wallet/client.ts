import { ApiError, getJson } from '../api-client'
import type { WalletView } from './schemas'

// Browser side: the wallet page's one call. `signed-out` is the server's 401 (the copy must go);
// `unreachable` is everything else that is not an answer (offline, timed out, a 5xx), when the
// page falls back to its offline copy.

const TIMEOUT_MS = 8_000

export type WalletFetch = { kind: 'ok'; wallet: WalletView } | { kind: 'signed-out' } | { kind: 'unreachable'; status: number }

export async function fetchWallet(signal?: AbortSignal): Promise<WalletFetch> {
  try {
    return { kind: 'ok', wallet: await getJson<WalletView>('/api/v1/wallet', signal, TIMEOUT_MS) }
  } catch (e) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError')
    if (e instanceof ApiError && e.status === 401) return { kind: 'signed-out' }
    return { kind: 'unreachable', status: e instanceof ApiError ? e.status : 0 }
  }
}
