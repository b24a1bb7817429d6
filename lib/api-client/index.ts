import type { CodeMatch, ReviewPage } from '@/lib/catalog/schemas'
import type { Availability } from '@/lib/inventory/schemas'

/** The one way browser code talks to the BFF: typed results, a time limit, and a typed failure. */

const TIMEOUT_MS = 5_000

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The problem+json `type`, when the BFF sent one; 'timeout' or 'network' when it never answered. */
    readonly type: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

type Problem = { type?: unknown; title?: unknown; detail?: unknown }

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), TIMEOUT_MS)
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    let response: Response
    try {
      response = await fetch(path, { headers: { accept: 'application/json' }, signal: controller.signal })
    } catch (error) {
      if (signal?.aborted) throw error
      const timedOut = controller.signal.aborted
      throw new ApiError(0, timedOut ? 'timeout' : 'network', timedOut ? 'The request timed out' : 'Network error')
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Problem
      throw new ApiError(
        response.status,
        typeof problem.type === 'string' ? problem.type : 'about:blank',
        typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : response.statusText,
      )
    }
    return (await response.json()) as T
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

const productPath = (handle: string) => `/api/v1/products/${encodeURIComponent(handle)}`

export function fetchReviews(handle: string, cursor?: string, signal?: AbortSignal): Promise<ReviewPage> {
  const qs = cursor ? `?${new URLSearchParams({ cursor })}` : ''
  return getJson<ReviewPage>(`${productPath(handle)}/reviews${qs}`, signal)
}

export type AvailabilityParams = { lat?: number; lng?: number; storeId?: string }

export function fetchAvailability(handle: string, params: AvailabilityParams, signal?: AbortSignal): Promise<Availability> {
  const qs = new URLSearchParams()
  if (params.lat !== undefined && params.lng !== undefined) {
    qs.set('lat', params.lat.toFixed(4))
    qs.set('lng', params.lng.toFixed(4))
  }
  if (params.storeId) qs.set('storeId', params.storeId)
  const query = qs.toString()
  return getJson<Availability>(`${productPath(handle)}/availability${query ? `?${query}` : ''}`, signal)
}

/** Resolves a scanned or typed code; a 404 ApiError means we do not carry it. */
export function fetchByCode(code: string, signal?: AbortSignal): Promise<CodeMatch> {
  return getJson<CodeMatch>(`/api/v1/products/by-code/${encodeURIComponent(code)}`, signal)
}
