import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'

export type Mail = { to: string; subject: string; text: string; html: string; kind: string; reference?: string }
export type OutboxMail = Mail & { id: number; createdAt: string; sentAt: string | null; attempts: number; lastError: string | null }

/** Queues a mail in the caller's transaction: it exists exactly when the change that caused it does. */
export async function enqueueMail(tx: Db, m: Mail): Promise<void> {
  await tx.execute(
    sql`insert into mail_outbox (to_address, subject, body_text, body_html, kind, reference)
        values (${m.to}, ${m.subject}, ${m.text}, ${m.html}, ${m.kind}, ${m.reference ?? null})`,
  )
}

type Row = { id: number | string; to_address: string; subject: string; body_text: string; body_html: string; kind: string; reference: string | null; created_at: Date | string; sent_at: Date | string | null; attempts: number | string; last_error: string | null }
const toMail = (r: Row): OutboxMail => ({
  id: num(r.id),
  to: r.to_address,
  subject: r.subject,
  text: r.body_text,
  html: r.body_html,
  kind: r.kind,
  reference: r.reference ?? undefined,
  createdAt: iso(r.created_at),
  sentAt: r.sent_at ? iso(r.sent_at) : null,
  attempts: num(r.attempts),
  lastError: r.last_error,
})

/** Newest first; for the dev outbox page and tests. */
export async function listOutbox(db: Db, opts: { to?: string; reference?: string; limit?: number } = {}): Promise<OutboxMail[]> {
  const result = await rows<Row>(
    db,
    sql`select * from mail_outbox
        where (${opts.to ?? null}::text is null or to_address = ${opts.to ?? null})
          and (${opts.reference ?? null}::text is null or reference = ${opts.reference ?? null})
        order by id desc limit ${opts.limit ?? 100}`,
  )
  return result.map(toMail)
}

/** Whether mail leaves the building: SMTP_URL set (e.g. smtps://user:pass@smtp.example.com). Otherwise it stays in the outbox. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL)

/** Whether the dev-only outbox page may be shown: never when real mail is configured, never in production unless asked for. */
export const devOutboxEnabled = () => !smtpConfigured() && (process.env.NODE_ENV !== 'production' || process.env.AISLE_DEV_OUTBOX === 'on')

type Transport = { sendMail: (m: { from: string; to: string; subject: string; text: string; html: string }) => Promise<unknown> }
const slot = globalThis as typeof globalThis & { [key: symbol]: Transport | undefined }
const KEY = Symbol.for('aisle.mail.transport')

async function transport(): Promise<Transport> {
  let t = slot[KEY]
  if (!t) {
    const nodemailer = await import('nodemailer')
    t = slot[KEY] = nodemailer.createTransport(process.env.SMTP_URL) as Transport
  }
  return t
}

/**
 * Sends queued mail over SMTP, oldest first. Each row is claimed with SKIP LOCKED, so several
 * instances never send one twice; a failure is counted and retried on a later pass (up to 5).
 */
export async function deliverPending(db: Db, limit = 20): Promise<{ sent: number; failed: number }> {
  if (!smtpConfigured()) return { sent: 0, failed: 0 }
  const from = process.env.MAIL_FROM || 'Aisle <no-reply@aisle.example>'
  let sent = 0
  let failed = 0
  for (let i = 0; i < limit; i++) {
    const more = await db.transaction(async (t) => {
      const tx = t as unknown as Db
      const [row] = await rows<Row>(tx, sql`select * from mail_outbox where sent_at is null and attempts < 5 order by id limit 1 for update skip locked`)
      if (!row) return false
      try {
        await (await transport()).sendMail({ from, to: row.to_address, subject: row.subject, text: row.body_text, html: row.body_html })
        await tx.execute(sql`update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ${row.id}`)
        sent++
      } catch (e) {
        await tx.execute(sql`update mail_outbox set attempts = attempts + 1, last_error = ${String((e as Error).message).slice(0, 300)} where id = ${row.id}`)
        failed++
      }
      return true
    })
    if (!more) break
  }
  return { sent, failed }
}
