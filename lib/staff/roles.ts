import type { StaffRole } from '../db/schema'
import { DomainError } from '../errors'

/**
 * What each role may do. Associates run the floor and the pickup desk; managers also adjust stock
 * (damage, counts, transfers) and re-source reservations from other stores.
 */
export const permissions = {
  'reservations:read': ['associate', 'manager'],
  'reservations:ready': ['associate', 'manager'],
  'reservations:collect': ['associate', 'manager'],
  'reservations:cancel': ['associate', 'manager'],
  'reservations:resolve': ['associate', 'manager'],
  'reservations:transfer': ['manager'],
  'stock:sale': ['associate', 'manager'],
  'stock:receipt': ['associate', 'manager'],
  'stock:return': ['associate', 'manager'],
  'stock:damage': ['manager'],
  'stock:count': ['manager'],
  'stock:transfer': ['manager'],
} as const satisfies Record<string, readonly StaffRole[]>
export type Permission = keyof typeof permissions

export type StaffMember = { id: string; storeId: string; name: string; role: StaffRole }

export function can(staff: Pick<StaffMember, 'role'>, permission: Permission): boolean {
  return (permissions[permission] as readonly StaffRole[]).includes(staff.role)
}

export class NotSignedIn extends DomainError {
  constructor() {
    super('staff-sign-in-required', 401, 'Staff sign-in required', 'Sign in with your staff id and PIN.')
  }
}

export class Forbidden extends DomainError {
  constructor(detail: string) {
    super('forbidden', 403, 'Not allowed', detail)
  }
}

/**
 * The one gate every staff action goes through: signed in, the role allows it, and (when a store is
 * named) it is the staff member's own store.
 */
export function authorize(staff: StaffMember | null, permission: Permission, storeId?: string): StaffMember {
  if (!staff) throw new NotSignedIn()
  if (!can(staff, permission)) throw new Forbidden(`A${staff.role === 'associate' ? 'n associate' : ' manager'} cannot do that (${permission}).`)
  if (storeId !== undefined && storeId !== staff.storeId) throw new Forbidden('That is another store; staff act only for their own store.')
  return staff
}
