import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInFlow } from '@/components/account/sign-in-flow'
import { Container } from '@/components/ui/container'
import { RESEND_SECONDS } from '@/lib/auth/policy'
import { safeNextPath } from '@/lib/auth/next-path'
import { getMember } from '../../_data/member'

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to Aisle with a code we email you, or with a passkey.',
  robots: { index: false, follow: false },
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

const notices: Record<string, string> = {
  '1': 'You are signed out.',
  everywhere: 'You are signed out on every device.',
}

/** Email code or passkey; a member who is already signed in goes straight on to `next`. */
export default async function SignInPage({ searchParams }: PageProps<'/account/sign-in'>) {
  const sp = await searchParams
  const next = safeNextPath(first(sp.next))
  if (await getMember()) redirect(next)
  return (
    <Container className="py-8 sm:py-14">
      <div className="mx-auto w-full max-w-sm rounded-2xl border border-line bg-surface p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-1 mb-6 text-sm text-muted">Your wallet, wishlist and receipts, on every device. New here? The same steps make your account.</p>
        <SignInFlow next={next} resendSeconds={RESEND_SECONDS} notice={notices[first(sp['signed-out']) ?? ''] ?? null} />
      </div>
    </Container>
  )
}
