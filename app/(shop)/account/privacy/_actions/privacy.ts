'use server'

import { refresh } from 'next/cache'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { SIGN_IN_PATH } from '@/lib/auth'
import { isVisitorId, MEMBER_COOKIE, memberForSession, VISITOR_COOKIE } from '@/lib/customers'
import { consentPurposes } from '@/lib/db/tables/customers'
import { getDb } from '@/lib/db'
import { confirmsDeletion, eraseMember, setConsents } from '@/lib/privacy'
import { actionFailure } from '@/lib/staff/action-error'
import type { ConsentFormState, DeleteFormState } from '@/components/privacy/form-state'

// Each action reads the session again: the page that showed the button is no proof of who pressed it.
async function signedIn(next: string) {
  const member = await memberForSession(await getDb(), (await cookies()).get(MEMBER_COOKIE)?.value)
  if (!member) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`)
  return member
}

/** One switch of the privacy centre: the choice and its log row, with the source `privacy-centre`. */
export async function setConsentAction(_: ConsentFormState, form: FormData): Promise<ConsentFormState> {
  const member = await signedIn('/account/privacy')
  const purpose = consentPurposes.find((p) => p === form.get('purpose'))
  if (!purpose) return { status: 'error', error: 'That choice is not one we know. Reload the page and try again.', at: Date.now() }
  try {
    await setConsents(await getDb(), member.memberId, { [purpose]: form.get('granted') === 'true' }, 'privacy-centre')
  } catch (e) {
    return { status: 'error', error: actionFailure(e).error, at: Date.now() }
  }
  refresh()
  return { status: 'saved', at: Date.now() }
}

/** Erases the account once the member typed their email or DELETE; this browser is signed out and told it is done. */
export async function deleteAccountAction(_: DeleteFormState, form: FormData): Promise<DeleteFormState> {
  const member = await signedIn('/account/privacy/delete')
  const typed = typeof form.get('confirm') === 'string' ? String(form.get('confirm')).slice(0, 300) : ''
  if (!confirmsDeletion(typed, member.email)) {
    return { status: 'error', error: `Type ${member.email} or DELETE (in capitals) to confirm.`, typed, at: Date.now() }
  }
  const jar = await cookies()
  const visitor = jar.get(VISITOR_COOKIE)?.value
  try {
    await eraseMember(await getDb(), member.memberId, { source: 'privacy-centre', visitorId: isVisitorId(visitor) ? visitor : null })
  } catch (e) {
    return { status: 'error', error: actionFailure(e).error, typed, at: Date.now() }
  }
  jar.delete({ name: MEMBER_COOKIE, path: '/' })
  jar.delete({ name: VISITOR_COOKIE, path: '/' })
  redirect('/account/privacy/deleted')
}
