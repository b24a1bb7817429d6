// Where the server may send a push: the subscription's endpoint is a URL a browser hands us, so
// without a check any caller could make the server POST to any host (server-side request forgery).

/** The browsers' push services (Chrome and most Chromium browsers, Firefox, Safari, Edge). */
export const PUSH_SERVICE_HOSTS = ['fcm.googleapis.com', 'android.googleapis.com', 'push.services.mozilla.com', 'push.apple.com', 'notify.windows.com']

type Env = Record<string, string | undefined>

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)

/**
 * Why `endpoint` is refused, or null when it may be used: an https URL on the default port whose
 * host is a known push service or below one (AISLE_PUSH_SERVICE_HOSTS adds hosts, comma-separated).
 * AISLE_PUSH_TEST_ORIGINS (comma-separated origins, e.g. http://127.0.0.1:4555) admits a local
 * receiver for tests; never set it in production.
 */
export function endpointProblem(endpoint: string, env: Env = process.env): string | null {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return 'The endpoint is not a URL.'
  }
  if (list(env.AISLE_PUSH_TEST_ORIGINS).includes(url.origin.toLowerCase())) return null
  if (url.protocol !== 'https:') return 'The endpoint must be an https URL.'
  if (url.port || url.username || url.password) return 'The endpoint must be a plain https URL on the default port.'
  const host = url.hostname.toLowerCase()
  const known = [...PUSH_SERVICE_HOSTS, ...list(env.AISLE_PUSH_SERVICE_HOSTS)]
  if (!known.some((h) => host === h || host.endsWith(`.${h}`))) return 'The endpoint is not a known push service.'
  return null
}
