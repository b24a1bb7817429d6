import { CheckIcon } from '@/components/ui/icons'
import { buttonClass } from '@/components/ui/button-styles'

type SetStoreButtonProps = {
  storeId: string
  storeName: string
  current: boolean
  action: (formData: FormData) => Promise<void>
  compact?: boolean
}

/** A server-action form, so choosing a store works without JavaScript too. */
export function SetStoreButton({ storeId, storeName, current, action, compact = false }: SetStoreButtonProps) {
  if (current) {
    return (
      <p className="inline-flex min-h-11 shrink-0 items-center gap-1 text-sm font-semibold text-ok">
        <CheckIcon className="size-4" />
        My store
      </p>
    )
  }
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="storeId" value={storeId} />
      <button type="submit" className={buttonClass('secondary', compact ? 'px-4' : '')}>
        {compact ? 'Choose' : 'Set as my store'}
        <span className="sr-only"> {storeName}</span>
      </button>
    </form>
  )
}
