import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/staff/sign-in-form'
import { safeNextPath } from '@/lib/staff/next-path'
import { signInAction } from '../_actions/session'
import { signedInStaff } from '../_data/staff'

export const metadata: Metadata = { title: 'Staff sign-in' }

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** Staff id + PIN; an already signed-in member goes straight on. */
export default async function StaffSignInPage({ searchParams }: PageProps<'/staff/sign-in'>) {
  const next = safeNextPath(first((await searchParams).next))
  if (await signedInStaff()) redirect(next)
  return (
    <>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex min-h-16 w-full max-w-[1440px] items-center px-4 sm:px-6">
          <p className="inline-flex items-center gap-2 text-lg font-bold tracking-tight">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-ink text-base text-white">
              A
            </span>
            Aisle Staff
          </p>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="px-4 py-10 outline-none sm:py-16">
        <div className="mx-auto w-full max-w-sm rounded-2xl border border-line bg-surface p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
          <p className="mt-1 mb-6 text-sm text-muted">The pickup desk, stock and shelf tags for your store.</p>
          <SignInForm action={signInAction} next={next} />
        </div>
      </main>
    </>
  )
}
