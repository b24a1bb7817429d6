import { redirect } from 'next/navigation'
import { cache } from 'react'
import { getDb } from '@/lib/db'
import { signInHref } from '@/lib/staff/next-path'
import type { StaffMember } from '@/lib/staff/roles'
import { currentStaff } from '@/lib/staff/session'
import { getStore } from '@/lib/stores'

/** The signed-in staff member, read once per request however many components ask. */
export const signedInStaff = cache(currentStaff)

/**
 * The staff member a page works for; signed out (or the session expired or was revoked), to the
 * sign-in page, which comes back to `path` afterwards. Every staff page calls this itself: a layout
 * does not re-run on navigation, so it cannot be the only gate.
 */
export async function requireStaff(path: string): Promise<StaffMember> {
  const staff = await signedInStaff()
  if (!staff) redirect(signInHref(path))
  return staff
}

/** The staff member's store, for headers and time zones. */
export const staffStore = cache(async (storeId: string) => getStore(await getDb(), storeId))

/** A page's own URL (path and query), for the sign-in page to come back to. */
export function pathWithQuery(path: string, searchParams: Record<string, string | string[] | undefined> = {}): string {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(searchParams)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, one)
  const qs = query.toString()
  return qs ? `${path}?${qs}` : path
}
