import { describe, expect, it } from 'vitest'
import { eventData, eventFrame, sseFrame, sseRetry } from './sse'
import { parseFrames } from './testing/sse-reader'

describe('SSE frames', () => {
  it('writes id, event and JSON data, ending with a blank line', () => {
    expect(sseFrame({ id: 42, event: 'stock.changed', data: { a: 1 } })).toBe('event: stock.changed\ndata: {"a":1}\nid: 42\n\n')
    expect(sseRetry(3000)).toBe('retry: 3000\n\n')
  })

  it('splits multi-line data so no value can end a frame early', () => {
    const frame = sseFrame({ event: 'x\ny', data: 'one\n\ntwo\r\nthree' })
    expect(frame).toBe('event: xy\ndata: one\ndata: \ndata: two\ndata: three\n\n')
    expect(parseFrames(frame).frames).toEqual([{ event: 'xy', data: 'one\n\ntwo\nthree' }])
  })

  it('writes a heartbeat as a comment that also moves the resume point', () => {
    const frame = sseFrame({ comment: 'hb', id: 7 })
    expect(frame).toBe(': hb\nid: 7\n\n')
    expect(parseFrames(frame).frames).toEqual([{ comment: 'hb', id: '7' }])
  })

  it('sends an event with its store and time beside the payload', () => {
    const e = { id: 9, type: 'stock.changed', storeId: 's1', payload: { variantId: 'v1', available: 2 }, createdAt: '2025-01-01T00:00:00.000Z' }
    expect(eventData(e)).toEqual({ variantId: 'v1', available: 2, storeId: 's1', createdAt: '2025-01-01T00:00:00.000Z' })
    const [frame] = parseFrames(eventFrame(e)).frames
    expect(frame.id).toBe('9')
    expect(frame.event).toBe('stock.changed')
    expect(JSON.parse(frame.data!)).toEqual(eventData(e))
  })

  it('keeps an unfinished frame for the next chunk', () => {
    const { frames, rest } = parseFrames('data: 1\n\ndata: 2\n')
    expect(frames).toEqual([{ data: '1' }])
    expect(rest).toBe('data: 2\n')
  })
})
