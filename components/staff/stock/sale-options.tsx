'use client'

import { formatMoney } from '@/components/ui/price'
import type { TillMember } from '@/lib/wallet/till'
import { labelClass } from '../staff-styles'

type SaleOptionsProps = {
  member: TillMember
  currency: string
  rewardId: string
  onReward: (id: string) => void
  tender: 'card' | 'cash'
  onTender: (t: 'card' | 'cash') => void
}

const chip =
  'inline-flex min-h-11 cursor-pointer items-center rounded-full border border-line-strong bg-surface px-4 text-sm font-semibold has-checked:border-accent has-checked:bg-accent has-checked:text-white has-disabled:cursor-not-allowed has-disabled:opacity-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent'

/** For a member's sale: a reward to spend (only those the points cover) and how they paid, for the receipt. */
export function SaleOptions({ member, currency, rewardId, onReward, tender, onTender }: SaleOptionsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <fieldset>
        <legend className={labelClass}>Reward</legend>
        <div className="flex flex-wrap gap-2">
          <label className={chip}>
            <input type="radio" name="reward" value="" checked={rewardId === ''} onChange={() => onReward('')} className="sr-only" />
            None
          </label>
          {member.rewards.map((r) => (
            <label key={r.id} className={chip} title={r.affordable ? undefined : `${r.points - member.points} more points needed`}>
              <input type="radio" name="reward" value={r.id} checked={rewardId === r.id} disabled={!r.affordable} onChange={() => onReward(r.id)} className="sr-only" />
              {formatMoney({ amount: r.amountOff, currency })} off · {r.points} pts
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className={labelClass}>Paid by</legend>
        <div className="flex flex-wrap gap-2">
          {(['card', 'cash'] as const).map((t) => (
            <label key={t} className={chip}>
              <input type="radio" name="tender" value={t} checked={tender === t} onChange={() => onTender(t)} className="sr-only" />
              {t === 'card' ? 'Card' : 'Cash'}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
