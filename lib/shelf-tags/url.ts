import { shelfTagPath } from '../catalog/code'

/** The absolute URL a shelf tag's QR code carries, so any phone camera opens it on our site. */
export function shelfTagUrl(origin: string, storeId: string, gtin: string): string {
  return `${origin.replace(/\/+$/, '')}${shelfTagPath(storeId, gtin)}`
}
