import { DomainError } from '../errors'

export class InvalidCursor extends DomainError {
  constructor() {
    super('invalid-cursor', 400, 'Invalid cursor', 'The cursor is not one this API issued; start again without it.')
  }
}

export class InvalidCode extends DomainError {
  constructor(code: string, reason: string) {
    super('invalid-code', 400, 'Invalid code', reason, { code })
  }
}
