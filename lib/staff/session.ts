import { cookies } from 'next/headers'
import { getDb } from '../db'
import { staffForToken } from './auth'
import type { StaffMember } from './roles'

/** The staff session cookie: separate from anything a shopper has, httpOnly, never sent cross-site. */
export const STAFF_COOKIE = 'aisle_staff'

export function staffCookieOptions(expiresAt: Date, env: Partial<Record<'NODE_ENV' | 'NEXT_PUBLIC_SITE_URL', string>> = process.env) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: env.NODE_ENV === 'production' && (env.NEXT_PUBLIC_SITE_URL ?? '').startsWith('https:'),
    expires: expiresAt,
  }
}

/** The staff member signed in on this request, or null. */
export async function currentStaff(): Promise<StaffMember | null> {
  const token = (await cookies()).get(STAFF_COOKIE)?.value
  if (!token) return null
  return staffForToken(await getDb(), token)
}

/** A Set-Cookie header value for the staff session (or its removal, with `null`). */
export function staffSetCookie(token: string | null, expiresAt: Date = new Date(0)): string {
  const o = staffCookieOptions(expiresAt)
  return [
    `${STAFF_COOKIE}=${token ? encodeURIComponent(token) : ''}`,
    `Path=${o.path}`,
    `Expires=${(token ? expiresAt : new Date(0)).toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(o.secure ? ['Secure'] : []),
  ].join('; ')
}
