import { describe, expect, it } from 'vitest'
import { InvalidCode } from '../catalog/errors'
import { apiRoute, isDatabaseUnavailable, parseOr400 } from './handler'
import { HandleParams } from './params'

const call = (fail: () => never) =>
  apiRoute(async () => fail())(new Request('http://aisle.test/api/v1/x'), { params: Promise.resolve({}) })

describe('apiRoute', () => {
  it('answers domain errors with their own problem type', async () => {
    const res = await call(() => {
      throw new InvalidCode('12', 'too short')
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ type: '/problems/invalid-code', detail: 'too short', code: '12' })
  })

  it('answers validation failures with field errors', async () => {
    const res = await call(() => parseOr400(HandleParams, { handle: 'Not A Handle' }) as never)
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].name).toBe('handle')
  })

  it('answers a database outage with 503 and Retry-After, not 500', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    const res = await call(() => {
      throw refused
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })

  it('answers anything else with a 500 problem that leaks nothing', async () => {
    const res = await call(() => {
      throw new Error('secret internals')
    })
    expect(res.status).toBe(500)
    expect(JSON.stringify(await res.json())).not.toContain('secret')
  })

  it('tells outages from bugs', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '08006' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable('nope')).toBe(false)
  })
})
