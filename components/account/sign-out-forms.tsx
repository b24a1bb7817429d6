import { buttonClass } from '@/components/ui/button-styles'

type SignOutFormsProps = { signOut: () => Promise<void>; signOutEverywhere: () => Promise<void>; others: number }

/** Sign out here, or everywhere (say, after losing a phone). Plain forms: they work without JavaScript. */
export function SignOutForms({ signOut, signOutEverywhere, others }: SignOutFormsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <form action={signOut}>
        <button type="submit" className={buttonClass('secondary')}>
          Sign out
        </button>
      </form>
      <form action={signOutEverywhere}>
        <button type="submit" className={buttonClass('secondary')}>
          Sign out everywhere{others > 0 ? ` (${others + 1} browsers)` : ''}
        </button>
      </form>
    </div>
  )
}
