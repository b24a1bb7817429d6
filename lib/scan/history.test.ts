import { describe, expect, it } from 'vitest'
import { addToHistory, HISTORY_LIMIT, parseHistory, type HistoryEntry } from './history'

const entry = (code: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  code,
  format: 'ean13',
  at: '2026-12-04T10:00:00.000Z',
  ...extra,
})

describe('scan history', () => {
  it('keeps the newest first and at most the last 20', () => {
    let history: HistoryEntry[] = []
    for (let i = 0; i < 25; i++) history = addToHistory(history, entry(String(i)))
    expect(history).toHaveLength(HISTORY_LIMIT)
    expect(history[0].code).toBe('24')
    expect(history.at(-1)!.code).toBe('5')
  })

  it('scanning a code again moves it to the top instead of listing it twice', () => {
    const history = addToHistory([entry('a'), entry('b')], entry('b', { at: '2026-12-04T11:00:00.000Z' }))
    expect(history.map((e) => e.code)).toEqual(['b', 'a'])
    expect(history[0].at).toBe('2026-12-04T11:00:00.000Z')
  })

  it('reads back what it stored', () => {
    const stored = [entry('8034592001024', { product: { name: 'Harbor Sunglasses', handle: 'harbor-sunglasses', href: '/p/harbor-sunglasses' } })]
    expect(parseHistory(JSON.stringify(stored))).toEqual(stored)
  })

  it('survives whatever is in storage: garbage, wrong shapes, foreign links', () => {
    expect(parseHistory(null)).toEqual([])
    expect(parseHistory('{not json')).toEqual([])
    expect(parseHistory('{"code":"1"}')).toEqual([])
    const mixed = [
      entry('ok'),
      { code: 1, format: 'ean13', at: 'x' },
      entry('bad-format', { format: 'telepathy' as HistoryEntry['format'] }),
      entry('offsite', { product: { name: 'x', handle: 'x', href: 'https://evil.example' } }),
    ]
    expect(parseHistory(JSON.stringify(mixed)).map((e) => e.code)).toEqual(['ok'])
  })
})
