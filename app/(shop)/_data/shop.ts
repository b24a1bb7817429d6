import { cache } from 'react'
import { cookies } from 'next/headers'
import { getDb } from '@/lib/db'
import { listCategories } from '@/lib/catalog'
import { getStore, listStores } from '@/lib/stores'
import { MY_STORE_COOKIE } from '@/lib/stores/my-store-cookie'

// Wrapped in cache() so the layout and the page share one query per request.

export const getCategories = cache(async () => listCategories(await getDb()))

export const getAllStores = cache(async () => listStores(await getDb()))

/** The shopper's chosen store, or null when none is chosen or the cookie names a store that is gone. */
export const getMyStore = cache(async () => {
  const id = (await cookies()).get(MY_STORE_COOKIE)?.value
  if (!id) return null
  return getStore(await getDb(), id)
})
