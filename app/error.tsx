'use client'

import { useEffect } from 'react'
import { ErrorContent } from '@/components/layout/error-content'

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // The server already logged the cause; this records that a shopper saw it.
    console.error(error)
  }, [error])
  return (
    <main id="main">
      <title>Something went wrong · Aisle</title>
      <ErrorContent error={error} retry={retry} />
    </main>
  )
}
