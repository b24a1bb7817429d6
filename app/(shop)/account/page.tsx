import type { Metadata } from 'next'
import { AccountSection } from '@/components/account/account-section'
import { AddPasskey } from '@/components/account/add-passkey'
import { PasskeyList } from '@/components/account/passkey-list'
import { ProfileForm } from '@/components/account/profile-form'
import { SessionList } from '@/components/account/session-list'
import { SignOutForms } from '@/components/account/sign-out-forms'
import { PointsToggle } from '@/components/pwa/points-toggle'
import { Container } from '@/components/ui/container'
import { formatPhone, listPasskeys, sessionsOf } from '@/lib/auth'
import { getDb } from '@/lib/db'
import { requireMember } from '../_data/member'
import { removePasskeyAction, renamePasskeyAction, saveProfile, signOutAction, signOutEverywhereAction } from './_actions/account'

export const metadata: Metadata = { title: 'Your account', robots: { index: false, follow: false } }

/** Signed in: details, passkeys and where you are signed in. Signed out: the sign-in page, back here after. */
export default async function AccountPage() {
  const member = await requireMember('/account')
  const db = await getDb()
  const [passkeys, sessions] = await Promise.all([listPasskeys(db, member.memberId), sessionsOf(db, member.memberId, member.sessionId)])
  const now = new Date()
  return (
    <Container className="py-6 sm:py-8">
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{member.name ? `Hi, ${member.name}` : 'Your account'}</h1>
          <p className="mt-1 text-sm break-all text-muted">Signed in as {member.email}</p>
        </div>
        <AccountSection id="details" title="Your details">
          <ProfileForm action={saveProfile} name={member.name} phone={formatPhone(member.phone)} />
        </AccountSection>
        <AccountSection id="passkeys" title="Passkeys" description="Sign in with your fingerprint, face or screen lock instead of an email code.">
          <div className="space-y-4">
            <PasskeyList passkeys={passkeys} now={now} rename={renamePasskeyAction} remove={removePasskeyAction} />
            <AddPasskey />
          </div>
        </AccountSection>
        <AccountSection id="notifications" title="Notifications" description="A notification on this device when you earn points, in any store or online.">
          <PointsToggle />
        </AccountSection>
        <AccountSection id="sessions" title="Where you’re signed in" description="Lost a phone, or signed in on a shared computer? Sign out everywhere.">
          <div className="space-y-4">
            <SessionList sessions={sessions} now={now} />
            <SignOutForms signOut={signOutAction} signOutEverywhere={signOutEverywhereAction} others={sessions.length - 1} />
          </div>
        </AccountSection>
      </div>
    </Container>
  )
}
