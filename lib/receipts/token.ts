import { sign, verifySignature } from '../secret'
import { RECEIPT_TOKEN_PREFIX as PREFIX } from './token-format'

/** What the receipt QR carries: the receipt id and a signature, so a guessed or edited code is refused. */
const ID = /^rcp_[0-9a-z]{16}$/

export const receiptToken = (secret: Buffer, receiptId: string) => `${PREFIX}${receiptId}.${sign(secret, 'receipt', receiptId)}`

/** The receipt id a scanned receipt QR names when its signature is ours; null for anything else. */
export function readReceiptToken(secret: Buffer, scanned: string): string | null {
  const text = scanned.trim()
  if (!text.toUpperCase().startsWith(PREFIX) || text.length > 120) return null
  const [id, signature] = text.slice(PREFIX.length).split('.')
  if (!id || !signature || !ID.test(id)) return null
  return verifySignature(secret, 'receipt', id, signature) ? id : null
}

export const isReceiptId = (id: string) => ID.test(id)
