import { describe, expect, it } from 'vitest'
import { memo, memoPerDb } from './memo'

describe('memo', () => {
  it('shares one in-flight load between concurrent callers', async () => {
    const cache = memo<number>({ ttlMs: 1000 })
    let loads = 0
    const load = async () => {
      loads++
      await new Promise((r) => setTimeout(r, 10))
      return 42
    }
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get('k', load)))
    expect(values.every((v) => v === 42)).toBe(true)
    expect(loads).toBe(1)
  })

  it('reloads after the time to live', async () => {
    let t = 0
    const cache = memo<number>({ ttlMs: 100, now: () => t })
    let n = 0
    const load = async () => ++n
    expect(await cache.get('k', load)).toBe(1)
    t = 99
    expect(await cache.get('k', load)).toBe(1)
    t = 100
    expect(await cache.get('k', load)).toBe(2)
  })

  it('never caches a failure', async () => {
    const cache = memo<number>({ ttlMs: 1000 })
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('k', async () => 7)).toBe(7)
  })

  it('evicts the least recently used entry when full', async () => {
    const cache = memo<string>({ ttlMs: 1000, max: 2 })
    await cache.get('a', async () => 'a')
    await cache.get('b', async () => 'b')
    await cache.get('a', async () => 'stale')
    await cache.get('c', async () => 'c')
    expect(cache.size).toBe(2)
    expect(await cache.get('a', async () => 'reloaded')).toBe('a')
    expect(await cache.get('b', async () => 'reloaded')).toBe('reloaded')
  })

  it('runs a lazy thenable (like a query builder) once, however often it is awaited', async () => {
    const cache = memo<number>({ ttlMs: 1000 })
    let runs = 0
    const lazy = { then: (resolve: (v: number) => void) => resolve(++runs) } as unknown as Promise<number>
    for (let i = 0; i < 5; i++) expect(await cache.get('k', () => lazy)).toBe(1)
    expect(runs).toBe(1)
  })

  it('keeps one cache per database object', () => {
    const forDb = memoPerDb<number>({ ttlMs: 1000 })
    const a = {}
    expect(forDb(a)).toBe(forDb(a))
    expect(forDb(a)).not.toBe(forDb({}))
  })
})
