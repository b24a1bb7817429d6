/** One look for the account pages' text inputs and labels (as on the staff sign-in). */
export const fieldClass =
  'block h-12 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink placeholder:text-muted focus:border-accent aria-invalid:border-sale'
export const labelClass = 'mb-1 block text-sm font-semibold'
export const errorClass = 'rounded-lg bg-sale-soft px-3 py-2 text-sm font-medium text-sale'
export const noticeClass = 'rounded-lg bg-accent-soft px-3 py-2 text-sm font-medium text-accent'
