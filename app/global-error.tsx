'use client'

import { inter } from './fonts'
import { ErrorContent } from '@/components/layout/error-content'
import './globals.css'

/** Replaces the root layout when it fails, so it brings its own document, font and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh">
        <title>Something went wrong · Aisle</title>
        <main id="main">
          <ErrorContent error={error} retry={retry} />
        </main>
      </body>
    </html>
  )
}
