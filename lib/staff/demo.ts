import { createHash } from 'node:crypto'
import type { Db } from '../db/client'
import * as t from '../db/schema'
import { hashPin } from './pin'

export const DEMO_ASSOCIATE_PIN = '2468'
export const DEMO_MANAGER_PIN = '1357'

const firstNames = ['Maya', 'Jordan', 'Priya', 'Luis', 'Grace', 'Omar', 'Hannah', 'Dev', 'Rosa', 'Theo', 'Nia', 'Sam', 'Ivy', 'Marcus', 'Lena', 'Kai', 'Ana', 'Felix', 'June', 'Ravi']
const lastNames = ['Okafor', 'Reyes', 'Shah', 'Novak', 'Kim', 'Haddad', 'Berg', 'Patel', 'Diaz', 'Walsh']

/** Demo staff ids: E + two-digit store number + 1 (associate) or 2 (manager), e.g. E011 and E012 for the first store. */
export const demoStaffId = (storeIndex: number, role: t.StaffRole) => `E${String(storeIndex + 1).padStart(2, '0')}${role === 'associate' ? 1 : 2}`

/** An associate and a manager per store (ids and PINs in the README); salts derived from the id so the seed stays deterministic. */
export async function demoStaff(stores: { id: string; slug: string }[]): Promise<(typeof t.staff.$inferInsert)[]> {
  const sorted = [...stores].sort((a, b) => a.slug.localeCompare(b.slug))
  return Promise.all(
    sorted.flatMap((store, i) =>
      (['associate', 'manager'] as const).map(async (role, j) => {
        const id = demoStaffId(i, role)
        const salt = createHash('sha256').update(`aisle-demo-staff:${id}`).digest().subarray(0, 16)
        return {
          id,
          storeId: store.id,
          name: `${firstNames[(i * 2 + j) % firstNames.length]} ${lastNames[(i + j * 3) % lastNames.length]}`,
          role,
          pinHash: await hashPin(role === 'associate' ? DEMO_ASSOCIATE_PIN : DEMO_MANAGER_PIN, salt),
        }
      }),
    ),
  )
}

export async function seedDemoStaff(tx: Db, stores: { id: string; slug: string }[]): Promise<void> {
  await tx.insert(t.staff).values(await demoStaff(stores))
}
