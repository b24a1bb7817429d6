import { fieldErrors, type FieldError } from '../validation'
import { ProductQuery, type ParsedProductQuery } from './schemas'

export type QueryResult<T> = { ok: true; query: T } | { ok: false; errors: FieldError[] }

/** URL search params (page or API) to a validated product query; repeated params take the first value. */
export function parseProductQuery(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): QueryResult<ParsedProductQuery> {
  const flat: Record<string, string> = {}
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) if (!(k in flat) && v !== '') flat[k] = v
  } else {
    for (const [k, v] of Object.entries(params)) {
      const value = Array.isArray(v) ? v[0] : v
      if (value !== undefined && value !== '') flat[k] = value
    }
  }
  const result = ProductQuery.safeParse(flat)
  return result.success ? { ok: true, query: result.data } : { ok: false, errors: fieldErrors(result.error) }
}
