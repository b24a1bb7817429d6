import { isVisitorId, MEMBER_COOKIE, memberForSession, VISITOR_COOKIE, type SessionMember } from '../customers'
import { DomainError } from '../errors'
import { getStore } from '../stores'
import type { Db } from '../db/client'
import { UnknownStore } from '../reservations/service'
import { staffForToken } from '../staff/auth'
import type { StaffMember } from '../staff/roles'
import { STAFF_COOKIE } from '../staff/session'

/** The reservation capability key: `Authorization: Bearer <key>` or `?key=` (the shopper's link). */
export function reservationKey(req: Request): string {
  const auth = req.headers.get('authorization')
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim()
  return new URL(req.url).searchParams.get('key') ?? ''
}

/** A store path segment (id or slug) → the store's id; unknown → 404. */
export async function storeIdOf(db: Db, idOrSlug: string): Promise<string> {
  const store = await getStore(db, idOrSlug)
  if (!store) throw new UnknownStore(idOrSlug)
  return store.id
}

/** One cookie's value from a request's Cookie header. */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim())
      } catch {
        return undefined
      }
    }
  }
  return undefined
}

/** The staff member whose session cookie this request carries, or null. */
export async function currentStaff(req: Request, db: Db): Promise<StaffMember | null> {
  return staffForToken(db, cookieOf(req, STAFF_COOKIE))
}

/** A JSON body, or a 400 the client can act on (wrong type, not JSON, too large). */
export async function jsonBody(req: Request, maxBytes = 16_384): Promise<unknown> {
  const type = req.headers.get('content-type') ?? ''
  if (!type.toLowerCase().includes('json')) {
    throw new BodyProblem('Send the request body as JSON (Content-Type: application/json).', 415)
  }
  const text = await req.text()
  if (text.length > maxBytes) throw new BodyProblem('The request body is too large.', 413)
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new BodyProblem('The request body is not valid JSON.', 400)
  }
}

export class BodyProblem extends DomainError {
  constructor(detail: string, status: number) {
    super(status === 415 ? 'unsupported-media-type' : status === 413 ? 'body-too-large' : 'invalid-json', status, 'Unreadable request body', detail)
  }
}

/** The signed-in member whose session cookie this request carries, or null. */
export async function currentMember(req: Request, db: Db): Promise<SessionMember | null> {
  return memberForSession(db, cookieOf(req, MEMBER_COOKIE))
}

/** A signed-in member, or a 401 problem. */
export async function requireMember(req: Request, db: Db): Promise<SessionMember> {
  const member = await currentMember(req, db)
  if (!member) throw new SignInRequired()
  return member
}

/** This browser's visitor id, or null when it has none yet (see visitorFor in app code to assign one). */
export function visitorOf(req: Request): string | null {
  const v = cookieOf(req, VISITOR_COOKIE)
  return isVisitorId(v) ? v : null
}

export class SignInRequired extends DomainError {
  constructor() {
    super('sign-in-required', 401, 'Sign in required', 'Sign in to your Aisle account to do this.')
  }
}
