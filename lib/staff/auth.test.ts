import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb } from '../db/testing'
import { AccountLocked, InvalidCredentials, MAX_FAILED_ATTEMPTS, signIn, signOut, staffForToken } from './auth'
import { DEMO_ASSOCIATE_PIN, DEMO_MANAGER_PIN } from './demo'
import { hashPin, verifyPin } from './pin'
import { authorize, can } from './roles'

describe('staff PINs', () => {
  it('are stored only as a salted slow hash', async () => {
    const a = await hashPin('4821')
    const b = await hashPin('4821')
    expect(a).not.toBe(b)
    expect(a).not.toContain('4821')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(await verifyPin('4821', a)).toBe(true)
    expect(await verifyPin('4822', a)).toBe(false)
    await expect(hashPin('12')).rejects.toThrow()
  })
})

describe('roles', () => {
  it('managers adjust stock; associates run the desk', () => {
    expect(can({ role: 'associate' }, 'reservations:collect')).toBe(true)
    expect(can({ role: 'associate' }, 'stock:damage')).toBe(false)
    expect(can({ role: 'manager' }, 'stock:count')).toBe(true)
    const m = { id: 'E012', storeId: 's1', name: 'M', role: 'manager' as const }
    expect(() => authorize(m, 'stock:count', 's2')).toThrow(/another store/)
    expect(() => authorize(null, 'reservations:read')).toThrow(/Sign in/)
  })
})

describe('staff sign-in', () => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb('pglite')
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('the demo seeds an associate and a manager for every store', async () => {
    const [r] = await rows<{ stores: string; staff: string; managers: string }>(
      h.db,
      sql`select (select count(*) from stores) as stores, count(*) as staff, count(*) filter (where role = 'manager') as managers from staff`,
    )
    expect(Number(r.staff)).toBe(Number(r.stores) * 2)
    expect(Number(r.managers)).toBe(Number(r.stores))
    const s = await signIn(h.db, { staffId: 'e012', pin: DEMO_MANAGER_PIN })
    expect(s.staff).toMatchObject({ id: 'E012', role: 'manager' })
    expect(await staffForToken(h.db, s.token)).toMatchObject({ id: 'E012' })
    await signOut(h.db, s.token)
    expect(await staffForToken(h.db, s.token)).toBeNull()
  })

  it('locks the account after repeated wrong PINs, even with the right PIN, until the lock ends', async () => {
    const now = new Date()
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      await expect(signIn(h.db, { staffId: 'E021', pin: '0000' }, now)).rejects.toBeInstanceOf(InvalidCredentials)
    }
    await expect(signIn(h.db, { staffId: 'E021', pin: '0000' }, now)).rejects.toBeInstanceOf(AccountLocked)
    await expect(signIn(h.db, { staffId: 'E021', pin: DEMO_ASSOCIATE_PIN }, now)).rejects.toBeInstanceOf(AccountLocked)
    const later = new Date(now.getTime() + 16 * 60_000)
    expect((await signIn(h.db, { staffId: 'E021', pin: DEMO_ASSOCIATE_PIN }, later)).staff.id).toBe('E021')
  })

  it('parallel guesses cannot slip past the limit', async () => {
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => signIn(h.db, { staffId: 'E031', pin: '9999' })))
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
    await expect(signIn(h.db, { staffId: 'E031', pin: DEMO_ASSOCIATE_PIN })).rejects.toBeInstanceOf(AccountLocked)
  })

  it('expired sessions are not sessions', async () => {
    const s = await signIn(h.db, { staffId: 'E041', pin: DEMO_ASSOCIATE_PIN })
    expect(await staffForToken(h.db, s.token, new Date(Date.now() + 13 * 3_600_000))).toBeNull()
    expect(await staffForToken(h.db, 'x'.repeat(500))).toBeNull()
  })
})
