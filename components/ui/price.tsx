import type { Money } from '@/lib/catalog/schemas'

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency })
    formatters.set(currency, formatter)
  }
  return formatter
}

/** Minor units per major unit differ by currency (JPY has none), so ask Intl rather than assume 100. */
function fractionDigits(currency: string): number {
  return formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2
}

/** The one place money becomes text: integer minor units in, localized currency out. */
export function formatMoney(money: Money): string {
  return formatterFor(money.currency).format(money.amount / 10 ** fractionDigits(money.currency))
}

/** "49.00": the plain decimal structured data expects. */
export function moneyToDecimal(money: Money): string {
  const digits = fractionDigits(money.currency)
  return (money.amount / 10 ** digits).toFixed(digits)
}

type PriceProps = {
  price: Money
  compareAtPrice?: Money | null
  size?: 'sm' | 'lg'
}

export function Price({ price, compareAtPrice, size = 'sm' }: PriceProps) {
  const onSale = compareAtPrice != null && compareAtPrice.amount > price.amount
  const main = size === 'lg' ? 'text-2xl font-semibold' : 'text-base font-semibold'
  const was = size === 'lg' ? 'text-base' : 'text-sm'
  if (!onSale) {
    return <p className={`${main} tabular-nums`}>{formatMoney(price)}</p>
  }
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 tabular-nums">
      <span className={`${main} text-sale`}>
        <span className="sr-only">Sale price </span>
        {formatMoney(price)}
      </span>
      <s className={`${was} text-muted`}>
        <span className="sr-only">Was </span>
        {formatMoney(compareAtPrice)}
      </s>
    </p>
  )
}
