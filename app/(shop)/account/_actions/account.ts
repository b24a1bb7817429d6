'use server'

import { refresh } from 'next/cache'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { formatPhone, PhoneTaken, removePasskey, renamePasskey, SIGN_IN_PATH, updateProfile } from '@/lib/auth'
import { MEMBER_COOKIE, memberForSession, revokeAllSessions, revokeSession } from '@/lib/customers'
import { getDb } from '@/lib/db'
import { actionFailure } from '@/lib/staff/action-error'
import type { PasskeyFormState, ProfileFormState } from '@/components/account/form-state'

// Each action reads the session again: the page that showed the button is no proof of who pressed it.

const text = (v: FormDataEntryValue | null, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')

async function signedIn() {
  const member = await memberForSession(await getDb(), (await cookies()).get(MEMBER_COOKIE)?.value)
  if (!member) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent('/account')}`)
  return member
}

/** Name and phone, with the same rules as the BFF (lib/auth/profile). */
export async function saveProfile(_: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const values = { name: text(form.get('name'), 100), phone: text(form.get('phone'), 40) }
  const member = await signedIn()
  try {
    const saved = await updateProfile(await getDb(), member.memberId, values)
    refresh()
    return { status: 'saved', values: { name: saved.name, phone: formatPhone(saved.phone) }, at: Date.now() }
  } catch (e) {
    const failure = actionFailure(e)
    const field = e instanceof PhoneTaken ? 'phone' : e instanceof z.ZodError ? (e.issues[0]?.path[0] === 'phone' ? 'phone' : 'name') : null
    return { status: 'error', error: failure.error, field, values, at: Date.now() }
  }
}

export async function renamePasskeyAction(_: PasskeyFormState, form: FormData): Promise<PasskeyFormState> {
  const member = await signedIn()
  try {
    await renamePasskey(await getDb(), member.memberId, text(form.get('id'), 1_400), { name: text(form.get('name'), 60) })
  } catch (e) {
    return { status: 'error', error: actionFailure(e).error, at: Date.now() }
  }
  refresh()
  return { status: 'saved', at: Date.now() }
}

export async function removePasskeyAction(_: PasskeyFormState, form: FormData): Promise<PasskeyFormState> {
  const member = await signedIn()
  try {
    await removePasskey(await getDb(), member.memberId, text(form.get('id'), 1_400))
  } catch (e) {
    return { status: 'error', error: actionFailure(e).error, at: Date.now() }
  }
  refresh()
  return { status: 'saved', at: Date.now() }
}

/** Signs this browser out: the session is revoked on the server, not only forgotten here. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies()
  const token = jar.get(MEMBER_COOKIE)?.value
  if (token) await revokeSession(await getDb(), token)
  jar.delete({ name: MEMBER_COOKIE, path: '/' })
  redirect(`${SIGN_IN_PATH}?signed-out=1`)
}

/** Every session of the member, on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const member = await signedIn()
  await revokeAllSessions(await getDb(), member.memberId)
  ;(await cookies()).delete({ name: MEMBER_COOKIE, path: '/' })
  redirect(`${SIGN_IN_PATH}?signed-out=everywhere`)
}
