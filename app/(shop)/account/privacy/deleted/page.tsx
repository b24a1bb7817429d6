import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { redirect } from 'next/navigation'
import { getMember } from '../../../_data/member'

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false, follow: false } }

/** Where deletion lands: the browser is already signed out (a signed-in visitor has nothing deleted to read about). */
export default async function AccountDeletedPage() {
  if (await getMember()) redirect('/account/privacy')
  return (
    <Container className="py-8 sm:py-14">
      <div className="mx-auto max-w-md rounded-2xl border border-line bg-surface p-6 text-center sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">Your account is deleted</h1>
        <p className="mt-2 text-sm text-muted">We erased your personal data and signed you out on every device. Thanks for shopping with us.</p>
        <Link href="/" className={buttonClass('primary', 'mt-6')}>
          Back to the shop
        </Link>
      </div>
    </Container>
  )
}
