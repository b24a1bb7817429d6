import { ApiError } from '@/lib/api-client'

// The sign-in and passkey calls of the BFF, for browser code. (lib/api-client reads; these write.)

const TIMEOUT_MS = 10_000

type Problem = { type?: unknown; title?: unknown; detail?: unknown; errors?: { reason?: unknown }[] }

/** POSTs JSON and returns the JSON answer; any failure is an ApiError whose message can be shown as it is. */
export async function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (e) {
    const timedOut = e instanceof DOMException && e.name === 'TimeoutError'
    throw new ApiError(0, timedOut ? 'timeout' : 'network', "We couldn't reach Aisle. Check your connection and try again.")
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Problem
    const type = typeof problem.type === 'string' ? problem.type.replace(/^\/problems\//, '') : 'unknown'
    // A validation problem's own sentence (e.g. "Enter a valid email address") says more than its title.
    const reason = problem.errors?.find((x) => typeof x.reason === 'string')?.reason
    const message = typeof reason === 'string' ? reason : typeof problem.detail === 'string' ? problem.detail : 'Something went wrong. Try again.'
    throw new ApiError(response.status, type, message)
  }
  return (response.status === 204 ? undefined : await response.json()) as T
}

/** A failure as a sentence for the screen. */
export const messageOf = (e: unknown) => (e instanceof Error && e.message ? e.message : 'Something went wrong. Try again.')
