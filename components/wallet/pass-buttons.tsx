import type { WalletView } from '@/lib/wallet/schemas'
import { buttonClass } from '@/components/ui/button-styles'

/** "Add to Apple Wallet" / "Save to Google Wallet", only for the passes this server can issue (and only online). */
export function PassButtons({ passes }: { passes: WalletView['passes'] }) {
  if (!passes.apple && !passes.google) return null
  return (
    <div className="flex flex-wrap gap-2">
      {passes.apple && (
        // A download, not a page (Safari hands the .pkpass to Wallet): a plain link, never a client-side navigation.
        // eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download, not a page
        <a href="/api/v1/wallet/pass" className={buttonClass('secondary', 'bg-ink text-white hover:border-ink hover:bg-black')} data-testid="apple-pass">
          Add to Apple Wallet
        </a>
      )}
      {passes.google && (
        // eslint-disable-next-line @next/next/no-html-link-for-pages -- a redirect to Google, not a page
        <a href="/api/v1/wallet/google" className={buttonClass('secondary')} data-testid="google-pass">
          Save to Google Wallet
        </a>
      )}
    </div>
  )
}
