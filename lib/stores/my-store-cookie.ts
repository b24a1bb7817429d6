/** The shopper's chosen store: its id, read by every page that shows stock. */
export const MY_STORE_COOKIE = 'aisle_store'

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

export type MyStoreCookieOptions = {
  path: string
  sameSite: 'lax'
  maxAge: number
  httpOnly: boolean
  secure: boolean
}

type Env = Partial<Record<'NODE_ENV' | 'NEXT_PUBLIC_SITE_URL', string>>

/**
 * How the "my store" cookie is set, wherever it is set (the store picker, a shelf-tag link).
 * Lax so the first visit from another app (a phone's camera opening a shelf tag) carries it; not
 * httpOnly, as it names a public store rather than a secret; Secure only where the site is served
 * over HTTPS, or a local production build could never keep it.
 */
export function myStoreCookieOptions(env: Env = process.env): MyStoreCookieOptions {
  return {
    path: '/',
    sameSite: 'lax',
    maxAge: ONE_YEAR_SECONDS,
    httpOnly: false,
    secure: env.NODE_ENV === 'production' && (env.NEXT_PUBLIC_SITE_URL ?? '').startsWith('https:'),
  }
}
