import { getDb } from '@/lib/db'
import { currentStaff, jsonBody, storeIdOf } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { StoreParams } from '@/lib/http/params'
import { recordStaffSale } from '@/lib/staff/stock'

/** Staff: an in-store sale (by variant id or scanned code). */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(StoreParams, params)
  const db = await getDb()
  const staff = await currentStaff(req, db)
  const body = await jsonBody(req)
  return json(await recordStaffSale(db, staff, await storeIdOf(db, id), body), cacheProfiles.private, 201)
})
