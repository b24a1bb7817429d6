'use server'

import { cookies } from 'next/headers'
import { getDb } from '@/lib/db'
import { getStore } from '@/lib/stores'
import { MY_STORE_COOKIE } from '@/components/store/my-store-cookie'

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** Remembers the shopper's store. The id is checked so a forged value never reaches a query. */
export async function setMyStore(formData: FormData): Promise<void> {
  const requested = formData.get('storeId')
  if (typeof requested !== 'string' || requested.length === 0 || requested.length > 60) return
  const store = await getStore(await getDb(), requested)
  if (!store) return
  const jar = await cookies()
  jar.set(MY_STORE_COOKIE, store.id, {
    path: '/',
    sameSite: 'lax',
    maxAge: ONE_YEAR_SECONDS,
    httpOnly: false,
    secure: process.env.NODE_ENV === 'production' && (process.env.NEXT_PUBLIC_SITE_URL ?? '').startsWith('https:'),
  })
}
