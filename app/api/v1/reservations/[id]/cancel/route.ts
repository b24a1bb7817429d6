import { z } from 'zod'
import { getDb } from '@/lib/db'
import { currentStaff, jsonBody, reservationKey } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { CancelInput, ReservationParams } from '@/lib/http/params'
import { cancelByShopper, cancelByStaff } from '@/lib/reservations'

/** The shopper cancels with their link's key; staff of the store cancel with a reason the shopper is sent. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const db = await getDb()
  const key = reservationKey(req)
  if (key) return json(await cancelByShopper(db, id, key), cacheProfiles.private)
  const body = req.headers.get('content-type') ? await jsonBody(req) : {}
  const { reason } = parseOr400(CancelInput, body) as z.infer<typeof CancelInput>
  return json(await cancelByStaff(db, await currentStaff(req, db), id, reason ?? ''), cacheProfiles.private)
})
