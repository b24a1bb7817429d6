import type { PasskeyView } from '@/lib/auth/passkeys'
import type { PasskeyFormState } from './form-state'
import { PasskeyItem } from './passkey-item'
import { formatDay, timeAgo } from './when'

type Action = (state: PasskeyFormState, form: FormData) => Promise<PasskeyFormState>
type PasskeyListProps = { passkeys: PasskeyView[]; now: Date; rename: Action; remove: Action }

export function PasskeyList({ passkeys, now, rename, remove }: PasskeyListProps) {
  if (passkeys.length === 0) return <p className="text-sm text-muted">No passkeys yet.</p>
  return (
    <ul className="divide-y divide-line border-y border-line">
      {passkeys.map((p) => (
        <PasskeyItem
          key={p.id}
          id={p.id}
          name={p.name}
          detail={`Added ${formatDay(p.createdAt)} · ${p.lastUsedAt ? `Last used ${timeAgo(p.lastUsedAt, now)}` : 'Not used yet'}${p.backedUp ? ' · Synced' : ''}`}
          rename={rename}
          remove={remove}
        />
      ))}
    </ul>
  )
}
