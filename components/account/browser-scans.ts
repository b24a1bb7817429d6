import { HISTORY_KEY, parseHistory } from '@/lib/scan/history'

/** This device's scan history, as sign-in sends it to keep on the account (the product by its handle). */
export function browserScans(): { code: string; handle?: string; scannedAt: string }[] {
  try {
    return parseHistory(localStorage.getItem(HISTORY_KEY)).map((e) => ({ code: e.code, handle: e.product?.handle, scannedAt: e.at }))
  } catch {
    // Storage switched off: sign-in goes on without the history.
    return []
  }
}
