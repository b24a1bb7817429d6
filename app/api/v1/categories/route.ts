import { listCategories } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'

export const GET = apiRoute(async () => json(await listCategories(await getDb()), cacheProfiles.catalog))
