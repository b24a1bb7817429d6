import { DomainError } from '../errors'

export class UnknownStore extends DomainError {
  constructor(storeId: string) {
    super('unknown-store', 404, 'Unknown store', `No store has the id “${storeId}”.`, { storeId })
  }
}

export class UnprintableGtin extends DomainError {
  constructor(gtin: string) {
    super('unprintable-gtin', 422, 'Unprintable GTIN', `“${gtin}” is not a valid 8, 12 or 13 digit GTIN, so no shelf barcode can carry it.`, {
      gtin,
    })
  }
}
