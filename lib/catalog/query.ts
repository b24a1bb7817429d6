import { fieldErrors, firstValues, type FieldError } from '../validation'
import { ProductQuery, type ParsedProductQuery } from './schemas'

export type QueryResult<T> = { ok: true; query: T } | { ok: false; errors: FieldError[] }

/** URL search params (page or API) to a validated product query; repeated params take the first value. */
export function parseProductQuery(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): QueryResult<ParsedProductQuery> {
  const result = ProductQuery.safeParse(firstValues(params))
  return result.success ? { ok: true, query: result.data } : { ok: false, errors: fieldErrors(result.error) }
}
