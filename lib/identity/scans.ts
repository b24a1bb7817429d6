/** A scan the browser remembered before sign-in; merged into the member's scan history. */
export type ScanInput = { code: string; productId?: string | null; scannedAt: string }
export type ValidScan = { code: string; productId: string | null; scannedAt: Date }

/** The browser keeps its last 20 scans (lib/scan/history); more than that is not from our client. */
export const MAX_MERGED_SCANS = 20
const MAX_CODE = 100
const MAX_PRODUCT_ID = 60
/** A clock a little ahead of ours is tolerated; a scan from next week is not. */
const FUTURE_SKEW_MS = 5 * 60_000

/**
 * The scans worth keeping from what a browser sent: storage is user-editable, so anything that is
 * not a short code with a real past time is dropped rather than refused (the sign-in must not fail
 * over a bad history entry). Duplicates (same code and time) collapse; at most MAX_MERGED_SCANS.
 */
export function validScans(input: unknown, now = new Date()): ValidScan[] {
  if (!Array.isArray(input)) return []
  const seen = new Set<string>()
  const out: ValidScan[] = []
  for (const raw of input.slice(0, MAX_MERGED_SCANS * 2)) {
    if (typeof raw !== 'object' || raw === null) continue
    const e = raw as Record<string, unknown>
    const code = typeof e.code === 'string' ? e.code.trim() : ''
    if (!code || code.length > MAX_CODE || /[\u0000-\u001f]/.test(code)) continue
    const scannedAt = typeof e.scannedAt === 'string' && e.scannedAt.length <= 40 ? new Date(e.scannedAt) : null
    if (!scannedAt || Number.isNaN(scannedAt.getTime()) || scannedAt.getTime() > now.getTime() + FUTURE_SKEW_MS) continue
    const productId = typeof e.productId === 'string' && e.productId.length > 0 && e.productId.length <= MAX_PRODUCT_ID ? e.productId : null
    const key = `${code}\u0000${scannedAt.toISOString()}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ code, productId, scannedAt })
    if (out.length === MAX_MERGED_SCANS) break
  }
  return out
}
