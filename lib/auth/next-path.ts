// Where a shopper lands after signing in.

export const ACCOUNT_HOME = '/account'
export const SIGN_IN_PATH = '/account/sign-in'

/**
 * The sign-in page's `next`, kept only when it is a page path of this origin: another host,
 * `//evil`, a backslash trick, an API or staff path, or the sign-in page itself lands on the
 * account page instead, so a crafted sign-in link can never send anyone elsewhere.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 500) return ACCOUNT_HOME
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return ACCOUNT_HOME
  let url: URL
  try {
    url = new URL(next, 'http://shop.invalid')
  } catch {
    return ACCOUNT_HOME
  }
  if (url.origin !== 'http://shop.invalid') return ACCOUNT_HOME
  const p = url.pathname
  const under = (base: string) => p === base || p.startsWith(`${base}/`)
  if (under('/api') || under('/staff') || under('/_next') || under(SIGN_IN_PATH)) return ACCOUNT_HOME
  return `${p}${url.search}${url.hash}`
}

