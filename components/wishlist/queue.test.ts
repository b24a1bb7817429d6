import { describe, expect, it } from 'vitest'
import { enqueue, MAX_QUEUED, outcomeOf, parseQueue, pendingFor, without, type WishlistOp } from './queue'

const op = (productId: string, saved: boolean, at: number, color?: string): WishlistOp => ({ productId, saved, at, ...(color ? { color } : {}) })

describe('the offline wishlist queue', () => {
  it('keeps only the last unsent change per product, in order', () => {
    let q = enqueue([], op('p1', true, 1))
    q = enqueue(q, op('p2', true, 2))
    q = enqueue(q, op('p1', false, 3))
    expect(q).toEqual([op('p2', true, 2), op('p1', false, 3)])
    expect(pendingFor(q, 'p1')).toEqual(op('p1', false, 3))
    expect(pendingFor(q, 'p3')).toBeUndefined()
  })

  it('does not drop the change being sent (a copy read back from storage counts as the same)', () => {
    const sending = op('p1', true, 1)
    const q = enqueue([{ ...sending }], op('p1', false, 2), sending)
    expect(q).toEqual([sending, op('p1', false, 2)])
    expect(without(q, { ...sending })).toEqual([op('p1', false, 2)])
  })

  it('reads storage defensively', () => {
    expect(parseQueue(null)).toEqual([])
    expect(parseQueue('not json')).toEqual([])
    expect(parseQueue('{"a":1}')).toEqual([])
    const stored = JSON.stringify([op('p1', true, 1, 'navy'), { productId: 'p 2', saved: true, at: 2 }, { productId: 'p3', saved: 'yes', at: 3 }, null, op('p4', false, 4)])
    expect(parseQueue(stored)).toEqual([op('p1', true, 1, 'navy'), op('p4', false, 4)])
    expect(parseQueue(JSON.stringify(Array.from({ length: MAX_QUEUED + 5 }, (_, i) => op(`p${i}`, true, i))))).toHaveLength(MAX_QUEUED)
  })

  it('retries what the network or server lost, drops what was refused with a reason', () => {
    expect(outcomeOf('network')).toEqual({ kind: 'retry' })
    expect(outcomeOf(503)).toEqual({ kind: 'retry' })
    expect(outcomeOf(429)).toEqual({ kind: 'retry' })
    expect(outcomeOf(201)).toEqual({ kind: 'done' })
    expect(outcomeOf(204)).toEqual({ kind: 'done' })
    expect(outcomeOf(409)).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/full/) })
    expect(outcomeOf(404)).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/no longer available/) })
    expect(outcomeOf(400)).toMatchObject({ kind: 'rejected' })
  })
})
