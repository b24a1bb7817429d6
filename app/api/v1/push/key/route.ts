import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { getVapidKeys } from '@/lib/push'

/** The VAPID public key browsers subscribe with (`applicationServerKey`). */
export const GET = apiRoute(async () => {
  const { publicKey } = await getVapidKeys(await getDb())
  return json({ publicKey }, cacheProfiles.private)
})
