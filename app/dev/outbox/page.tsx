import type { Metadata } from 'next'
import { connection } from 'next/server'
import { notFound } from 'next/navigation'
import { getDb } from '@/lib/db'
import { devOutboxEnabled, listOutbox } from '@/lib/mail/outbox'
import { MinimalHeader } from '@/components/layout/minimal-header'
import { Container } from '@/components/ui/container'

export const metadata: Metadata = {
  title: 'Outbox (development)',
  robots: { index: false, follow: false },
  // The mails carry reservation links with their keys.
  referrer: 'no-referrer',
}

const sentAt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })

/** Development only: the mail the app would have sent, newest first, as text and as rendered HTML. */
export default async function DevOutboxPage() {
  // Decided per request from the server's environment, never baked in at build time.
  await connection()
  if (!devOutboxEnabled()) notFound()
  const mails = await listOutbox(await getDb(), { limit: 50 })
  return (
    <>
      <MinimalHeader />
      <main id="main">
        <Container className="py-6">
          <h1 className="text-2xl font-bold tracking-tight">Outbox</h1>
          <p className="mt-1 text-sm text-muted">
            Mail queued by the app, newest first. Nothing here leaves the building: set SMTP_URL to send for real (this page then turns off).
          </p>
          {mails.length === 0 ? (
            <p className="mt-6 rounded-xl border border-line bg-surface p-4 text-sm">No mail yet. Reserve something for pickup to see one here.</p>
          ) : (
            <ol className="mt-6 flex flex-col gap-4">
              {mails.map((m) => (
                <li key={m.id}>
                  <article aria-labelledby={`mail-${m.id}`} className="rounded-xl border border-line bg-surface p-4">
                    <h2 id={`mail-${m.id}`} className="text-base font-semibold">
                      {m.subject}
                    </h2>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                      <dt className="text-muted">To</dt>
                      <dd className="break-all">{m.to}</dd>
                      <dt className="text-muted">When</dt>
                      <dd>
                        <time dateTime={m.createdAt}>{sentAt.format(new Date(m.createdAt))}</time>
                      </dd>
                      <dt className="text-muted">Kind</dt>
                      <dd>
                        <code>{m.kind}</code>
                        {m.sentAt && <span className="text-muted"> · sent</span>}
                      </dd>
                    </dl>
                    <pre className="mt-3 border-t border-line pt-3 font-sans text-sm break-words whitespace-pre-wrap">{m.text}</pre>
                    <details className="mt-3 border-t border-line pt-1">
                      <summary className="flex min-h-11 items-center text-sm font-semibold text-accent">HTML preview</summary>
                      {/* An empty sandbox: the mail's markup can run nothing and reach nothing of this page. */}
                      <iframe title={`HTML preview: ${m.subject}`} sandbox="" srcDoc={m.html} loading="lazy" className="mt-2 h-80 w-full rounded-lg border border-line bg-white" />
                    </details>
                  </article>
                </li>
              ))}
            </ol>
          )}
        </Container>
      </main>
    </>
  )
}
