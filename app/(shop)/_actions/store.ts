'use server'

import { cookies } from 'next/headers'
import { getDb } from '@/lib/db'
import { getStore } from '@/lib/stores'
import { MY_STORE_COOKIE, myStoreCookieOptions } from '@/lib/stores/my-store-cookie'

/** Remembers the shopper's store. The id is checked so a forged value never reaches a query. */
export async function setMyStore(formData: FormData): Promise<void> {
  const requested = formData.get('storeId')
  if (typeof requested !== 'string' || requested.length === 0 || requested.length > 60) return
  const store = await getStore(await getDb(), requested)
  if (!store) return
  const jar = await cookies()
  jar.set(MY_STORE_COOKIE, store.id, myStoreCookieOptions())
}
