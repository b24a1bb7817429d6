type Variant = 'primary' | 'secondary' | 'ghost'

const shared =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-5 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60'

const variants: Record<Variant, string> = {
  primary: 'bg-accent text-white hover:bg-accent-hover',
  secondary: 'border border-line-strong bg-surface text-ink hover:border-ink',
  ghost: 'text-accent underline-offset-4 hover:underline',
}

/** Buttons and button-looking links share one look so a link never pretends to be something else. */
export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `${shared} ${variants[variant]} ${extra}`.trim()
}
