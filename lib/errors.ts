/** A domain error with a stable problem type; the HTTP layer maps it to problem+json (RFC 9457). */
export class DomainError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail)
    this.name = 'DomainError'
  }
}
