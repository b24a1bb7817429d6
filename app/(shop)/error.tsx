'use client'

import { useEffect } from 'react'
import { ErrorContent } from '@/components/layout/error-content'

/** Inside the shop chrome, so the header and search stay usable when one page fails. */
export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <>
      <title>Something went wrong · Aisle</title>
      <ErrorContent error={error} retry={retry} />
    </>
  )
}
