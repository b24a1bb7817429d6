import type { Metadata } from 'next'
import { DeleteAccountForm } from '@/components/privacy/delete-account-form'
import { Container } from '@/components/ui/container'
import { requireMember } from '../../../_data/member'
import { deleteAccountAction } from '../_actions/privacy'

export const metadata: Metadata = { title: 'Delete your account', robots: { index: false, follow: false } }

const erased = [
  'Your profile: name, email and phone',
  'Your points, member tier and wallet card',
  'Your wishlist, scan history and privacy choices',
  'Your passkeys and every sign-in, on every device',
  'Your name and contact details on reservations',
]

/** The confirmation step: what goes, what stays, and the typed confirmation. */
export default async function DeleteAccountPage() {
  const member = await requireMember('/account/privacy/delete')
  return (
    <Container className="py-6 sm:py-8">
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Delete your account</h1>
          <p className="mt-1 text-sm break-all text-muted">{member.email}</p>
        </div>
        <section aria-labelledby="what-goes" className="rounded-xl border border-sale bg-surface p-4 sm:p-6">
          <h2 id="what-goes" className="text-lg font-semibold">
            This can’t be undone
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
            {erased.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">
            Receipts are kept for our accounts, without your name. Unused points are lost. You can make a new account with the same email later; it starts empty.
          </p>
          <div className="mt-5">
            <DeleteAccountForm action={deleteAccountAction} />
          </div>
        </section>
      </div>
    </Container>
  )
}
