import { getDb } from '@/lib/db'
import type { ReservationStatus } from '@/lib/db/schema'
import { reservationStatuses } from '@/lib/db/schema'
import { currentStaff, storeIdOf } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400, searchParamsObject, ValidationFailed } from '@/lib/http/handler'
import { StoreParams, StoreReservationsQuery } from '@/lib/http/params'
import { listStoreReservations } from '@/lib/reservations'

/** Staff: the store's reservations, open ones first by urgency. */
export const GET = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(StoreParams, params)
  const { status } = parseOr400(StoreReservationsQuery, searchParamsObject(new URL(req.url)))
  const statuses = status?.split(',').filter(Boolean) ?? []
  const unknown = statuses.filter((s) => !(reservationStatuses as readonly string[]).includes(s))
  if (unknown.length) throw new ValidationFailed([{ name: 'status', reason: `Unknown status: ${unknown.join(', ')}` }])
  const db = await getDb()
  const staff = await currentStaff(req, db)
  const list = await listStoreReservations(db, staff, await storeIdOf(db, id), { status: statuses as ReservationStatus[] })
  return json(list, cacheProfiles.private)
})
