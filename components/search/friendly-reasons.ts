type FieldError = { name: string; reason: string }

/** Field errors from the query validator, in words a shopper can act on. */
export function friendlyReasons(errors: FieldError[]): string[] {
  const reasons = errors.map(({ name, reason }) => {
    if (name === 'minPrice' && /exceed/i.test(reason)) return 'The minimum price is higher than the maximum price.'
    if (name === 'minPrice' || name === 'maxPrice') return 'Prices must be amounts of zero or more, like 25 or 49.99.'
    if (name === 'sort') return 'That sort order isn’t one we offer.'
    if (name === 'cursor') return 'That page of results is no longer available.'
    if (name === 'q') return 'The search text is too long.'
    return 'One of the filters in the link isn’t valid.'
  })
  return [...new Set(reasons)]
}
