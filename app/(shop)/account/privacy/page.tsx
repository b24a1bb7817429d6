import type { Metadata } from 'next'
import Link from 'next/link'
import { AccountSection } from '@/components/account/account-section'
import { ConsentLog } from '@/components/privacy/consent-log'
import { ConsentSwitch } from '@/components/privacy/consent-switch'
import { dangerOutlineClass } from '@/components/privacy/danger-styles'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { getDb } from '@/lib/db'
import { getConsents } from '@/lib/privacy'
import { requireMember } from '../../_data/member'
import { setConsentAction } from './_actions/privacy'

export const metadata: Metadata = { title: 'Privacy', robots: { index: false, follow: false } }

/** The privacy centre: what we may do with your data, its history, a copy of it, and deleting it all. */
export default async function PrivacyPage() {
  const member = await requireMember('/account/privacy')
  const { consents, log } = await getConsents(await getDb(), member.memberId)
  return (
    <Container className="py-6 sm:py-8">
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Privacy</h1>
          <p className="mt-1 text-sm text-muted">Choose what we may use your data for, get a copy of it, or delete your account.</p>
        </div>
        <AccountSection id="choices" title="Your choices" description="Everything is off until you turn it on. Change your mind any time.">
          <div className="-my-4 divide-y divide-line">
            {consents.map((c) => (
              <ConsentSwitch key={c.purpose} purpose={c.purpose} granted={c.granted} action={setConsentAction} />
            ))}
          </div>
        </AccountSection>
        <AccountSection id="history" title="History of your choices">
          <ConsentLog log={log} />
        </AccountSection>
        <AccountSection
          id="your-data"
          title="Download your data"
          description="One file (JSON) with your profile, choices, points, receipts, reservations, wishlist, scans, sign-ins and passkeys."
        >
          <a href="/api/v1/me/export?via=privacy-centre" download className={buttonClass('secondary')}>
            Download my data
          </a>
        </AccountSection>
        <AccountSection
          id="delete"
          title="Delete your account"
          description="Your profile, points, wishlist, scans, choices and sign-ins are erased, and your name and contact details are removed from reservations. Receipts are kept for our accounts, without your name."
        >
          <Link href="/account/privacy/delete" className={dangerOutlineClass}>
            Delete my account…
          </Link>
        </AccountSection>
      </div>
    </Container>
  )
}
