import { describe, expect, it } from 'vitest'
import { InvalidCredentials, SignInInput } from './auth'
import { actionFailure } from './action-error'

describe('actionFailure', () => {
  it('shows the domain error’s own sentence', () => {
    expect(actionFailure(new InvalidCredentials(1))).toEqual({
      ok: false,
      type: 'invalid-credentials',
      error: 'That staff id and PIN do not match. 1 try left before the account locks for 15 minutes.',
    })
  })

  it('shows the first thing wrong with the input', () => {
    const parsed = SignInInput.safeParse({ staffId: 'E011', pin: '12' })
    expect(parsed.success).toBe(false)
    expect(actionFailure(parsed.error)).toEqual({ ok: false, type: 'validation', error: 'A PIN is 4 to 8 digits.' })
  })

  it('asks to try again when the database is away, and rethrows bugs', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    expect(actionFailure(down)).toMatchObject({ ok: false, type: 'unavailable' })
    const bug = new TypeError('x is undefined')
    expect(() => actionFailure(bug)).toThrow(bug)
  })
})
