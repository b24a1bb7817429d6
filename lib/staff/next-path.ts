/** Where staff land after signing in when nothing (or nothing safe) was asked for. */
export const STAFF_HOME = '/staff/pickup'
export const STAFF_SIGN_IN = '/staff/sign-in'

/**
 * The `next` of the sign-in page, kept only when it is a path of the staff area on this origin:
 * anything else (another host, `//evil`, a backslash trick, the sign-in page itself) lands on the
 * desk, so a crafted sign-in link can never send staff elsewhere.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 500) return STAFF_HOME
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return STAFF_HOME
  let url: URL
  try {
    url = new URL(next, 'http://staff.invalid')
  } catch {
    return STAFF_HOME
  }
  if (url.origin !== 'http://staff.invalid') return STAFF_HOME
  if (url.pathname !== '/staff' && !url.pathname.startsWith('/staff/')) return STAFF_HOME
  if (url.pathname === STAFF_SIGN_IN || url.pathname.startsWith(`${STAFF_SIGN_IN}/`)) return STAFF_HOME
  return `${url.pathname}${url.search}${url.hash}`
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInHref(path?: string): string {
  const next = path ? safeNextPath(path) : STAFF_HOME
  return next === STAFF_HOME ? STAFF_SIGN_IN : `${STAFF_SIGN_IN}?next=${encodeURIComponent(next)}`
}
