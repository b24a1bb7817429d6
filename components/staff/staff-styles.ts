import { buttonClass } from '@/components/ui/button-styles'

/** A staff action that cannot be undone and reaches a shopper (cancel with notice). */
export const dangerButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-sale px-5 text-sm font-semibold text-white transition-colors hover:bg-[#8f1c13] disabled:cursor-not-allowed disabled:opacity-60'

/** The one big button of a screen (hand over, record): a thumb's width on a tablet. */
export const bigButton = (variant: 'primary' | 'secondary' = 'primary', extra = '') => buttonClass(variant, `min-h-14 px-8 text-base ${extra}`)

export const fieldClass = 'h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink placeholder:text-muted focus:border-accent'
export const labelClass = 'mb-1 block text-sm font-semibold'

/** The staff screens are wider than the shop's: lanes side by side at 1280 px. */
export const staffPage = 'mx-auto w-full max-w-[1440px] px-4 sm:px-6'

/** A quiet text button for a step that leads to a confirm (cancel…). */
export const dangerLink =
  'inline-flex min-h-11 items-center text-sm font-semibold text-sale underline-offset-4 hover:underline disabled:cursor-not-allowed disabled:opacity-60'
