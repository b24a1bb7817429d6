import type { SessionView } from '@/lib/auth/sessions'
import { timeAgo } from './when'

const method = { 'email-code': 'email code', passkey: 'passkey' } as const

/** Where the member is signed in; this browser first and marked. */
export function SessionList({ sessions, now }: { sessions: SessionView[]; now: Date }) {
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current))
  return (
    <ul className="divide-y divide-line border-y border-line">
      {ordered.map((s) => (
        <li key={s.id} className="py-3">
          <p className="font-semibold">
            {s.current ? 'This browser' : 'Another browser'}
            {s.current && <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">You are here</span>}
          </p>
          <p className="text-sm text-muted">
            Signed in {timeAgo(s.createdAt, now)} with {method[s.method]} · Last active {timeAgo(s.lastSeenAt, now)}
          </p>
        </li>
      ))}
    </ul>
  )
}
