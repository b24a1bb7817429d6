import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReceiptDetail } from '@/components/receipts/receipt-detail'
import { ChevronRightIcon } from '@/components/ui/icons'
import { Container } from '@/components/ui/container'
import { getDb } from '@/lib/db'
import { getReceipt, ReceiptNotFound } from '@/lib/receipts/read'
import { cachedQrSvg } from '@/lib/shelf-tags'
import { requireMember } from '../../../_data/member'

export const metadata: Metadata = { title: 'Receipt', robots: { index: false, follow: false } }

/** One of the signed-in member's receipts; anyone else's is the same 404 as no receipt at all. */
export default async function ReceiptPage({ params }: PageProps<'/wallet/receipts/[id]'>) {
  const { id } = await params
  const member = await requireMember(`/wallet/receipts/${encodeURIComponent(id)}`)
  const receipt = await getReceipt(await getDb(), member.memberId, id).catch((e: unknown) => {
    if (e instanceof ReceiptNotFound) notFound()
    throw e
  })
  return (
    <Container className="py-4 sm:py-6">
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <Link href="/wallet" className="inline-flex min-h-11 items-center gap-1 self-start text-sm font-semibold text-accent hover:underline">
          <ChevronRightIcon className="size-4 rotate-180" />
          Wallet
        </Link>
        <ReceiptDetail receipt={receipt} qrSvg={await cachedQrSvg(receipt.token)} />
      </div>
    </Container>
  )
}
