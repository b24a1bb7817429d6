import { request as playwrightRequest } from '@playwright/test'
import { expect, test as base } from './fixtures'

/** Demo staff (lib/staff/demo.ts): E + store number in slug order + 1 associate / 2 manager. E101 is Wicker Park's associate. */
export const DEMO_STAFF = { id: 'E101', pin: '2468' }

type StorageState = Awaited<ReturnType<Awaited<ReturnType<typeof playwrightRequest.newContext>>['storageState']>>

/**
 * The shop's fixtures, signed in as a staff member: every context a test opens (its `page`, and
 * `browser.newContext()` too) carries the staff session cookie. One sign-in per worker.
 */
export const test = base.extend<object, { staffSession: StorageState }>({
  staffSession: [
    async ({}, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL
      const api = await playwrightRequest.newContext({ baseURL })
      const res = await api.post('/api/v1/staff/session', { data: { staffId: DEMO_STAFF.id, pin: DEMO_STAFF.pin } })
      expect(res.status(), await res.text()).toBe(201)
      const state = await api.storageState()
      await api.dispose()
      await provide(state)
    },
    { scope: 'worker' },
  ],
  storageState: async ({ staffSession }, provide) => provide(staffSession),
})

export { expect }
