'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getDb } from '@/lib/db'
import { actionFailure } from '@/lib/staff/action-error'
import { signIn, signOut } from '@/lib/staff/auth'
import { safeNextPath, STAFF_SIGN_IN } from '@/lib/staff/next-path'
import { STAFF_COOKIE, staffCookieOptions } from '@/lib/staff/session'

export type SignInState = { error: string | null; type?: string; staffId: string }

/** Staff id + PIN → the session cookie, then back to where they were going (a staff page of this site only). */
export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const staffId = String(form.get('staffId') ?? '').trim().slice(0, 40)
  const pin = String(form.get('pin') ?? '')
  let session: Awaited<ReturnType<typeof signIn>>
  try {
    session = await signIn(await getDb(), { staffId, pin })
  } catch (e) {
    const failure = actionFailure(e)
    return { error: failure.error, type: failure.type, staffId }
  }
  ;(await cookies()).set(STAFF_COOKIE, session.token, staffCookieOptions(session.expiresAt))
  redirect(safeNextPath(form.get('next')))
}

/** Revokes the session on the server (not just the browser's copy) and forgets the cookie. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies()
  await signOut(await getDb(), jar.get(STAFF_COOKIE)?.value)
  jar.delete({ name: STAFF_COOKIE, path: '/' })
  redirect(STAFF_SIGN_IN)
}
