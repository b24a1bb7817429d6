// The shopper's two cookies, separate from the staff cookie: the member session and the anonymous visitor id.
import { randomBytes } from 'node:crypto'

/** A signed-in member's session token (httpOnly; the server keeps only its hash). */
export const MEMBER_COOKIE = 'aisle_session'
/** An anonymous browser's id: what it saved before sign-in merges into the member it signs in as. */
export const VISITOR_COOKIE = 'aisle_visitor'
export const VISITOR_DAYS = 400

const VISITOR_PATTERN = /^v_[0-9a-f]{24}$/

export const newVisitorId = () => `v_${randomBytes(12).toString('hex')}`
export const isVisitorId = (v: string | undefined | null): v is string => !!v && VISITOR_PATTERN.test(v)

type Env = Partial<Record<'NODE_ENV' | 'NEXT_PUBLIC_SITE_URL', string>>

/**
 * httpOnly, SameSite=Lax (a link from the receipt email still arrives signed in) and Secure
 * whenever the site is served over https (a plain-http local run could not keep it otherwise).
 */
export function shopperCookieOptions(expiresAt: Date, env: Env = process.env) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env.NODE_ENV === 'production' && (env.NEXT_PUBLIC_SITE_URL ?? '').startsWith('https:'),
    expires: expiresAt,
  }
}

/** A Set-Cookie header value for a shopper cookie (`null` removes it). */
export function shopperSetCookie(name: string, value: string | null, expiresAt: Date = new Date(0)): string {
  const o = shopperCookieOptions(expiresAt)
  return [
    `${name}=${value ? encodeURIComponent(value) : ''}`,
    `Path=${o.path}`,
    `Expires=${(value ? expiresAt : new Date(0)).toUTCString()}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(o.secure ? ['Secure'] : []),
  ].join('; ')
}

export const visitorExpiry = (now = new Date()) => new Date(now.getTime() + VISITOR_DAYS * 86_400_000)
