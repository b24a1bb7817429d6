'use client'

import { LookupFeedback } from '../lookup-feedback'
import { useCallback, useEffect, useRef, useState, useTransition } from 'react'
import { useKeyboardWedge } from '@/components/scan/use-keyboard-wedge'
import { buttonClass } from '@/components/ui/button-styles'
import { ScanIcon } from '@/components/ui/icons'
import type { StockItem } from '@/lib/staff/desk'
import { LiveStatus } from '../live-status'
import { bigButton } from '../staff-styles'
import { useStaffStream, type StockChange } from '../use-staff-stream'
import { looksLikeReceiptToken } from '@/lib/receipts/token-format'
import { looksLikeWalletToken } from '@/lib/wallet/token-format'
import { MemberPanel, type AttachedMember } from './member-panel'
import { ReceiptPanel } from './receipt-panel'
import { MovementForm } from './movement-form'
import { MovementResult } from './movement-result'
import type { Recorded, StockActions, StockEntry, StockKind } from './stock-entry'
import { StockItemCard } from './stock-item-card'

type StockDeskProps = {
  storeId: string
  kinds: StockKind[]
  /** The other stores, for transfers. */
  stores: { id: string; name: string }[]
  actions: StockActions
  version: string
}

/** Applies a live `stock.changed` to the item on screen, when it is that item. */
function patched(item: StockItem | null, c: StockChange): StockItem | null {
  if (!item?.stock || c.variantId !== item.variantId) return item
  if (typeof c.onHand !== 'number' || typeof c.reserved !== 'number') return item
  return { ...item, stock: { ...item.stock, onHand: c.onHand, reserved: c.reserved, available: c.onHand - c.reserved } }
}

/** The stock desk: find the item in hand (scanner, camera or typing), see its stock here, record what happened to it. */
export function StockDesk({ storeId, kinds, stores, actions, version }: StockDeskProps) {
  const [item, setItem] = useState<StockItem | null>(null)
  const [lookup, setLookup] = useState<{ code: string; error?: string } | null>(null)
  const [result, setResult] = useState<Recorded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [log, setLog] = useState<Recorded[]>([])
  const [value, setValue] = useState('')
  const [camera, setCamera] = useState(false)
  const [member, setMember] = useState<AttachedMember | null>(null)
  const [memberLookup, setMemberLookup] = useState<{ error?: string } | null>(null)
  /** A receipt QR scanned for a return: the return is checked against it and the member's points come back. */
  const [receipt, setReceipt] = useState<string | null>(null)
  const takesReturns = kinds.includes('return')
  const [pending, startTransition] = useTransition()
  const latest = useRef(0)
  const sells = kinds.includes('sale')

  const lookupMember = useCallback(
    (raw: string) => {
      const token = raw.trim()
      setMemberLookup({})
      actions.member(token).then(
        (found) => {
          if (!found.ok) return setMemberLookup({ error: found.error })
          setMemberLookup(null)
          setMember({ token, member: found.member })
        },
        () => setMemberLookup({ error: 'The card look-up did not reach the system. Try again.' }),
      )
    },
    [actions],
  )
  const itemRef = useRef(item)
  useEffect(() => {
    itemRef.current = item
  })

  const find = useCallback(
    (raw: string) => {
      const code = raw.trim()
      if (!code) return
      // A member's wallet card scanned anywhere on the page attaches the member, not an item.
      if (sells && looksLikeWalletToken(code)) return lookupMember(code)
      if (takesReturns && looksLikeReceiptToken(code)) return setReceipt(code)
      const n = ++latest.current
      setLookup({ code })
      actions.find(code).then(
        (found) => {
          if (n !== latest.current) return
          if (found.ok) {
            setLookup(null)
            setItem(found.item)
            setResult(null)
            setError(null)
          } else setLookup({ code, error: found.error })
        },
        () => n === latest.current && setLookup({ code, error: 'The look-up did not reach the system. Try again.' }),
      )
    },
    [actions, sells, takesReturns, lookupMember],
  )
  useKeyboardWedge(find)

  const stream = useStaffStream(storeId, {
    onStock: (change) => setItem((current) => patched(current, change)),
    onResync: () => {
      const current = itemRef.current
      if (current) void actions.find(current.sku).then((found) => found.ok && setItem((i) => (i?.variantId === found.item.variantId ? found.item : i)))
    },
  })

  const record = (entry: StockEntry) =>
    startTransition(async () => {
      setError(null)
      const withCodes =
        entry.kind === 'sale' && member ? { ...entry, memberToken: member.token } : entry.kind === 'return' && receipt ? { ...entry, receiptCode: receipt } : entry
      const recorded = await actions.record(withCodes).catch(() => null)
      if (!recorded) return setError('The movement did not reach the system. Check the stock figures, then try again.')
      if (!recorded.ok) return setError(recorded.error)
      const after = recorded.member
      if (after) setMember((m) => (m ? { ...m, member: { ...m.member, points: after.points, tier: after.tier, rewards: m.member.rewards.map((r) => ({ ...r, affordable: after.points >= r.points })) } } : m))
      setResult(recorded)
      setItem(recorded.item)
      setLog((l) => [recorded, ...l].slice(0, 8))
    })

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
      <div className="space-y-4">
        <section aria-label="Find an item" className="rounded-2xl border border-line bg-surface p-4 shadow-xs">
          <div className="mb-1 flex items-center justify-between gap-2">
            <label htmlFor="stock-code" className="text-sm font-semibold">
              Scan or type a barcode or SKU
            </label>
            <LiveStatus state={stream} version={version} />
          </div>
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              find(value)
              setValue('')
            }}
          >
            <input
              id="stock-code"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder="8034592001024 or AIS-…"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={512}
              className="h-14 min-w-0 flex-1 rounded-xl border-2 border-line-strong bg-surface px-4 font-mono text-lg text-ink placeholder:text-line-strong focus:border-accent"
            />
            <button type="submit" disabled={value.trim() === ''} className={bigButton('primary', 'px-6')}>
              Find
            </button>
          </form>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="button" aria-pressed={camera} onClick={() => setCamera((c) => !c)} className={buttonClass('secondary')}>
              <ScanIcon className="size-5" />
              {camera ? 'Close camera' : 'Use camera'}
            </button>
            <p className="text-sm text-muted">A USB scanner works anywhere on this page.</p>
          </div>
          <LookupFeedback
            looking={lookup && !lookup.error ? lookup.code : ''}
            error={lookup?.error}
            camera={camera ? { onCode: find, paused: pending, hint: 'Point at the barcode or the shelf-tag QR' } : undefined}
          />
        </section>
        {sells && <MemberPanel attached={member} lookup={memberLookup} onLookup={lookupMember} onClear={() => setMember(null)} />}
        {receipt && <ReceiptPanel onClear={() => setReceipt(null)} />}
        {item ? (
          <StockItemCard item={item} />
        ) : (
          <p className="rounded-2xl border border-dashed border-line-strong p-6 text-center text-muted">
            Scan the item in your hand, or type the number under its barcode, to see its stock here.
          </p>
        )}
      </div>

      <div className="space-y-4">
        {item ? (
          <MovementForm key={item.variantId} item={item} kinds={kinds} stores={stores} pending={pending} onRecord={record} member={member?.member} />
        ) : (
          <div className="rounded-2xl border border-line bg-surface p-6 text-muted">
            <h2 className="text-base font-bold text-ink">Record a movement</h2>
            <p className="mt-1 text-sm">
              Once an item is found you can record{' '}
              {kinds.map((k, i) => `${i === 0 ? '' : i === kinds.length - 1 ? ' or ' : ', '}${k === 'count' ? 'a count' : k === 'sale' ? 'a sale' : k === 'receipt' ? 'a receipt' : k === 'return' ? 'a return' : k === 'damage' ? 'damage' : 'a transfer'}`)}
              .
            </p>
          </div>
        )}
        {error && (
          <p role="alert" className="rounded-2xl bg-sale-soft p-4 font-semibold text-sale">
            {error}
          </p>
        )}
        {result && <MovementResult result={result} />}
        {log.length > 1 && (
          <section aria-labelledby="stock-log" className="rounded-2xl border border-line bg-surface p-4">
            <h2 id="stock-log" className="text-sm font-bold">
              Recorded this session
            </h2>
            <ul className="mt-2 divide-y divide-line text-sm">
              {log.map((r, i) => (
                <li key={i} className="flex justify-between gap-3 py-1.5">
                  <span className="min-w-0 truncate">
                    {r.item.productName}, {r.item.colorName}
                    {r.item.size ? ` ${r.item.size}` : ''}
                  </span>
                  <span className="shrink-0 font-medium capitalize">
                    {r.kind} {r.kind === 'count' ? `(${r.variance! >= 0 ? '+' : ''}${r.variance})` : r.change > 0 ? `+${r.change}` : r.change}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  )
}
