/* eslint-disable @next/next/no-img-element -- the symbols are vector SVGs for print; the image optimizer would rasterize them */
import { formatMoney } from '@/components/ui/price'
import { symbologyNames } from '@/lib/shelf-tags/symbology'
import type { ShelfTag } from '@/lib/shelf-tags/schemas'
import { barcodeSrc, qrSrc } from './symbol-paths'

/** One 63.5 × 38.1 mm shelf-edge label: what it is, what it costs, where it goes, and its codes. */
export function ShelfLabel({ tag }: { tag: ShelfTag }) {
  const variant = [tag.colorName, tag.size].filter(Boolean).join(' · ')
  const onSale = tag.compareAt !== null
  return (
    <article aria-label={`${tag.productName}, ${variant}`} data-sku={tag.sku} className="shelf-label">
      <div className="flex items-start justify-between gap-[2mm]">
        <div className="min-w-0">
          <p className="truncate text-[5.5pt] font-semibold tracking-wider text-muted uppercase">{tag.brand}</p>
          <p className="line-clamp-2 text-[8.5pt] leading-[1.15] font-bold">{tag.productName}</p>
          <p className="truncate text-[6.5pt] leading-tight">{variant}</p>
          <p className="mt-[0.5mm] font-mono text-[6pt] leading-tight text-muted">{tag.sku}</p>
        </div>
        <div className="shrink-0 text-right tabular-nums">
          <p className={`text-[14pt] leading-none font-bold tracking-tight ${onSale ? 'text-sale' : ''}`}>
            {onSale && <span className="sr-only">Sale price </span>}
            {formatMoney(tag.price)}
          </p>
          {tag.compareAt && (
            <p className="mt-[0.5mm] text-[6pt] text-muted">
              Was <s>{formatMoney(tag.compareAt)}</s>
            </p>
          )}
        </div>
      </div>
      <div className="flex items-end justify-between gap-[1mm]">
        {tag.symbology ? (
          <img
            src={barcodeSrc(tag.gtin)}
            alt={`${symbologyNames[tag.symbology]} barcode ${tag.gtin}`}
            data-symbol="barcode"
            className="h-[14.8mm] w-[31mm] object-contain object-bottom-left"
          />
        ) : (
          <p className="w-[31mm] font-mono text-[6pt]">GTIN {tag.gtin} cannot be printed as a barcode</p>
        )}
        <dl className="grid grid-cols-2 gap-x-[1.5mm] text-center leading-none">
          <dt className="text-[5pt] tracking-wider text-muted uppercase">Aisle</dt>
          <dt className="text-[5pt] tracking-wider text-muted uppercase">Bay</dt>
          <dd className="mt-[0.6mm] text-[10pt] font-bold">{tag.aisle ?? '–'}</dd>
          <dd className="mt-[0.6mm] text-[10pt] font-bold">{tag.bay ?? '–'}</dd>
        </dl>
        <img src={qrSrc(tag.storeId, tag.gtin)} alt={`QR code: ${tag.qrUrl}`} data-symbol="qr" className="size-[14mm]" />
      </div>
    </article>
  )
}
