// What can go wrong signing in, as problem types a client can switch on.
import { DomainError } from '../errors'

export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60)
    super(
      'rate-limited',
      429,
      'Too many requests',
      retryAfterSeconds < 60
        ? `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
        : `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfter: retryAfterSeconds },
    )
  }
}

export class InvalidCode extends DomainError {
  constructor(triesLeft?: number) {
    super(
      'invalid-code',
      400,
      'Wrong code',
      triesLeft === undefined
        ? 'That code is not valid. Request a new code and try again.'
        : `That code is not right. ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`,
      triesLeft === undefined ? {} : { triesLeft },
    )
  }
}

export class CodeLocked extends DomainError {
  constructor() {
    super('code-locked', 400, 'Code locked', 'Too many wrong tries: this code no longer works. Request a new code.')
  }
}

export class CodeExpired extends DomainError {
  constructor() {
    super('code-expired', 400, 'Code expired', 'This code has expired (codes last 10 minutes). Request a new code.')
  }
}

export class PasskeyFailed extends DomainError {
  constructor(detail = 'That passkey could not be verified. Try again, or sign in with an email code.') {
    super('passkey-failed', 400, 'Passkey not accepted', detail)
  }
}

export class PasskeyNotFound extends DomainError {
  constructor() {
    super('passkey-not-found', 404, 'Passkey not found', 'You have no passkey with that id.')
  }
}

export class PhoneTaken extends DomainError {
  constructor() {
    super('phone-taken', 409, 'Phone number in use', 'That phone number belongs to another Aisle account. Use a different number, or ask a store to merge the two accounts.')
  }
}
