import { ApiError, fetchByCode } from '@/lib/api-client'
import { scanDestination } from '@/lib/catalog/landing-href'
import type { CodeMatch } from '@/lib/catalog/schemas'
import { classifyScan } from '@/lib/scan/classify'
import type { ScanFormat } from '@/lib/scan/formats'
import type { ScanSource } from '@/lib/scan/history'

export type ScanInput = { text: string; source: ScanFormat | ScanSource }

export type ScanOutcome =
  | { kind: 'found'; input: ScanInput; match: CodeMatch; href: string }
  /** A valid code that is not in our catalogue. */
  | { kind: 'missing'; input: ScanInput }
  /** Typed or scanned digits that cannot be a product code (wrong check digit, length…). */
  | { kind: 'invalid'; input: ScanInput; reason: string }
  | { kind: 'url'; input: ScanInput; url: string }
  | { kind: 'text'; input: ScanInput }
  /** We could not ask: offline, timed out, or the service is down. */
  | { kind: 'unreachable'; input: ScanInput; message: string }

export async function resolveScan(input: ScanInput, signal?: AbortSignal): Promise<ScanOutcome> {
  const target = classifyScan(input.text)
  if (target.kind === 'url') return { kind: 'url', input, url: target.url }
  if (target.kind === 'invalid') return { kind: 'invalid', input, reason: target.reason }
  if (target.kind === 'text') return { kind: 'text', input }
  try {
    const match = await fetchByCode(target.code, signal)
    return { kind: 'found', input, match, href: scanDestination(match) }
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status === 404) return { kind: 'missing', input }
      if (error.status === 400) return { kind: 'invalid', input, reason: error.message }
      const message =
        error.type === 'network' || error.type === 'timeout'
          ? 'You seem to be offline, so we could not look this code up.'
          : 'Our product service is not answering right now.'
      return { kind: 'unreachable', input, message }
    }
    throw error
  }
}
