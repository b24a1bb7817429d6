import { cache } from 'react'
import { getDb } from '@/lib/db'
import { getProduct } from '@/lib/catalog'

/** Shared by the product layout (404 check), metadata and page within one request. */
export const getProductByHandle = cache(async (handle: string) => getProduct(await getDb(), handle))
