import type { ReservationStatus } from '../db/schema'
import { DomainError } from '../errors'

export class ReservationNotFound extends DomainError {
  constructor() {
    super('reservation-not-found', 404, 'Reservation not found', 'No reservation matches that link or code.')
  }
}
export class UnknownStore extends DomainError {
  constructor(storeId: string) {
    super('store-not-found', 404, 'Store not found', `No store has the id ${storeId}.`, { storeId })
  }
}
export class UnknownVariant extends DomainError {
  constructor(variantIds: string[]) {
    super('variant-not-found', 404, 'Variant not found', `No such variant: ${variantIds.join(', ')}.`, { variantIds })
  }
}
export type Alternative = { storeId: string; name: string; distanceKm: number; available: number }
export class ReservationOutOfStock extends DomainError {
  constructor(readonly shortages: { variantId: string; requested: number; available: number; alternatives: Alternative[] }[]) {
    const n = shortages.length
    super(
      'insufficient-stock',
      409,
      'Not enough stock',
      n === 1 && shortages[0].available === 0
        ? 'That item has just sold out at this store.'
        : `Not enough stock at this store for ${n === 1 ? 'that item' : `${n} items`}.`,
      { shortages },
    )
  }
}
export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super('idempotency-key-reused', 422, 'Idempotency-Key reused', 'That Idempotency-Key was used for a different reservation request.')
  }
}
export class InvalidTransition extends DomainError {
  constructor(status: ReservationStatus, action: string, detail?: string) {
    super('reservation-state', 409, 'Not possible in this state', detail ?? `A ${status} reservation cannot be ${action}.`, { status })
  }
}
