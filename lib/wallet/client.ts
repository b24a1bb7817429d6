import type { WalletView } from './schemas'

// Browser side: the wallet page's one call. `signed-out` is the server's 401 (the copy must go);
// `unreachable` is everything else that is not an answer (offline, timed out, a 5xx), when the
// page falls back to its offline copy.

const TIMEOUT_MS = 8_000

export type WalletFetch = { kind: 'ok'; wallet: WalletView } | { kind: 'signed-out' } | { kind: 'unreachable'; status: number }

export async function fetchWallet(signal?: AbortSignal): Promise<WalletFetch> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const res = await fetch('/api/v1/wallet', { headers: { accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin', signal: controller.signal })
    if (res.status === 401) return { kind: 'signed-out' }
    if (!res.ok) return { kind: 'unreachable', status: res.status }
    return { kind: 'ok', wallet: (await res.json()) as WalletView }
  } catch {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError')
    return { kind: 'unreachable', status: 0 }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
