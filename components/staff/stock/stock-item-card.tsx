import Image from 'next/image'
import { formatMoney } from '@/components/ui/price'
import type { StockItem } from '@/lib/staff/desk'
import { shelfText } from '../pickup/reservation-lines'

/** The item found, as staff check it against what is in their hand, with its stock here. */
export function StockItemCard({ item }: { item: StockItem }) {
  const s = item.stock
  const figures = s
    ? [
        { label: 'On hand', value: s.onHand, tone: 'text-ink' },
        { label: 'Held', value: s.reserved, tone: s.reserved > 0 ? 'text-warn' : 'text-ink' },
        { label: 'Available', value: s.available, tone: s.available > 0 ? 'text-ok' : 'text-sale' },
      ]
    : []
  return (
    <section aria-labelledby="stock-item-name" className="rounded-2xl border border-line bg-surface p-4 shadow-xs" data-variant={item.variantId}>
      <div className="flex gap-4">
        <div className="size-24 shrink-0 overflow-hidden rounded-xl bg-sunken">
          {item.image && <Image src={item.image.url} alt={item.image.alt} width={96} height={96} unoptimized className="size-full object-cover" />}
        </div>
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-muted uppercase">{item.brand}</p>
          <h2 id="stock-item-name" className="text-xl leading-tight font-bold">
            {item.productName}
          </h2>
          <p className="text-sm">
            {item.colorName}
            {item.size ? ` · ${item.size}` : ''} · {formatMoney(item.price)}
          </p>
          <p className="mt-1 font-mono text-xs text-muted">
            SKU {item.sku} · GTIN {item.gtin}
          </p>
        </div>
      </div>
      {s ? (
        <>
          <dl className="mt-4 grid grid-cols-3 gap-2 text-center" data-testid="stock-figures">
            {figures.map((f) => (
              <div key={f.label} className="rounded-xl bg-sunken px-2 py-3">
                <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{f.label}</dt>
                <dd className={`text-3xl font-bold tabular-nums ${f.tone}`}>{f.value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-sm font-medium">{shelfText(s)}</p>
        </>
      ) : (
        <p className="mt-4 rounded-lg bg-warn-soft px-3 py-2 text-sm font-semibold text-warn">This store does not stock this item.</p>
      )}
    </section>
  )
}
