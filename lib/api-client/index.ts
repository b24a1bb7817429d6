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

type Problem = { type?: unknown; title?: unknown; detail?: unknown; errors?: { reason?: unknown }[] }

type RequestOptions = {
  method?: 'GET' | 'POST'
  body?: unknown
  signal?: AbortSignal
  timeoutMs?: number
  /** What to say when the BFF never answered (default: "The request timed out" / "Network error"). */
  unreachable?: string
}

/** One call to the BFF: JSON in and out, a time limit, and every failure an ApiError (a 204 answers undefined). */
async function request<T>(path: string, o: RequestOptions = {}): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), o.timeoutMs ?? TIMEOUT_MS)
  const onAbort = () => controller.abort(o.signal?.reason)
  o.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    let response: Response
    try {
      response = await fetch(path, {
        method: o.method ?? 'GET',
        headers: { accept: 'application/json', ...(o.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        signal: controller.signal,
      })
    } catch (error) {
      if (o.signal?.aborted) throw error
      const timedOut = controller.signal.aborted
      throw new ApiError(0, timedOut ? 'timeout' : 'network', o.unreachable ?? (timedOut ? 'The request timed out' : 'Network error'))
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Problem
      // A validation problem's own sentence (e.g. "Enter a valid email address") says more than its title.
      const reason = problem.errors?.find((x) => typeof x.reason === 'string')?.reason
      throw new ApiError(
        response.status,
        typeof problem.type === 'string' ? problem.type.replace(/^\/problems\//, '') : 'about:blank',
        typeof reason === 'string' ? reason : typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : response.statusText,
      )
    }
    return (response.status === 204 ? undefined : await response.json()) as T
  } finally {
    clearTimeout(timer)
    o.signal?.removeEventListener('abort', onAbort)
  }
}

export const getJson = <T>(path: string, signal?: AbortSignal, timeoutMs?: number) => request<T>(path, { signal, timeoutMs })

/** POSTs JSON (sign-in, passkeys): any failure is an ApiError whose message can be shown as it is. */
export const postJson = <T>(path: string, body: unknown = {}) =>
  request<T>(path, { method: 'POST', body, timeoutMs: 10_000, unreachable: "We couldn't reach Aisle. Check your connection and try again." })

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
