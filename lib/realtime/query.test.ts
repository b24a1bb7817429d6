import { describe, expect, it } from 'vitest'
import { publicFilter, resumeAfter, StreamQuery, subscriberFilter } from './query'

describe('the stream query', () => {
  it('reads comma-separated stores and variants, trimmed and without repeats', () => {
    const q = StreamQuery.parse({ storeId: 'str_a, str_b,,str_a', variants: 'var_1,var_2' })
    expect(q.storeId).toEqual(['str_a', 'str_b'])
    expect(q.variants).toEqual(['var_1', 'var_2'])
    expect(publicFilter(q)).toEqual({ storeIds: ['str_a', 'str_b'], variantIds: ['var_1', 'var_2'] })
    expect(publicFilter(StreamQuery.parse({}))).toEqual({})
  })

  it('refuses long ids, too many variants and odd characters', () => {
    const bad = (input: Record<string, string>) => StreamQuery.safeParse(input).success
    expect(bad({ storeId: 'x'.repeat(61) })).toBe(false)
    expect(bad({ variants: Array.from({ length: 101 }, (_, i) => `v${i}`).join(',') })).toBe(false)
    expect(bad({ variants: Array.from({ length: 100 }, (_, i) => `v${i}`).join(',') })).toBe(true)
    expect(bad({ storeId: 'a b' })).toBe(false)
    expect(bad({ storeId: ',,' })).toBe(false)
    expect(bad({ reservation: 'res_1', key: 'k' })).toBe(true)
    expect(bad({ key: 'k'.repeat(201) })).toBe(false)
    expect(bad({ scope: 'admin' })).toBe(false)
    expect(bad({ lastEventId: '-1' })).toBe(false)
    expect(StreamQuery.parse({ lastEventId: '120' }).lastEventId).toBe(120)
  })

  it('resumes from the Last-Event-ID header before the query parameter', () => {
    expect(resumeAfter('15', 3)).toBe(15)
    expect(resumeAfter(null, 3)).toBe(3)
    expect(resumeAfter(' ', undefined)).toBeUndefined()
    expect(resumeAfter('abc', 3)).toBe('invalid')
    expect(resumeAfter('1e9', undefined)).toBe('invalid')
  })

  it('a reservation page gets its reservation and no stock unless it names some; staff get their store', () => {
    const none = StreamQuery.parse({})
    expect(subscriberFilter(none, { reservationIds: ['res_1'] })).toEqual({ reservationIds: ['res_1'], storeIds: [] })
    expect(subscriberFilter(none, { staffStoreIds: ['str_a'] })).toEqual({ staffStoreIds: ['str_a'], storeIds: ['str_a'] })
    expect(subscriberFilter(StreamQuery.parse({ variants: 'var_1' }), { reservationIds: ['res_1'] })).toEqual({ reservationIds: ['res_1'], variantIds: ['var_1'] })
    // The wallet wants the member's own events, not every sale in the chain.
    expect(subscriberFilter(StreamQuery.parse({ scope: 'member' }), { memberIds: ['mem_1'] })).toEqual({ memberIds: ['mem_1'], storeIds: [] })
  })
})
