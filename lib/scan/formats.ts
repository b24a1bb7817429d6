/**
 * The symbologies a shopper meets on our shelves: retail barcodes on the product (EAN-13, UPC-A,
 * EAN-8), Code 128 on some labels, and the QR code on our shelf tags. Each engine names them its
 * own way; these are the names the rest of the app uses.
 */
export const scanFormats = ['ean13', 'upca', 'ean8', 'code128', 'qr'] as const
export type ScanFormat = (typeof scanFormats)[number]

/** Retail and Code 128 reads are one-dimensional: a single frame can misread them. */
export const isLinear = (format: ScanFormat) => format !== 'qr'

export const formatLabel: Record<ScanFormat, string> = {
  ean13: 'EAN-13',
  upca: 'UPC-A',
  ean8: 'EAN-8',
  code128: 'Code 128',
  qr: 'QR code',
}

/** zxing-cpp (zxing-wasm) format names. */
export const zxingFormats = { EAN13: 'ean13', UPCA: 'upca', EAN8: 'ean8', Code128: 'code128', QRCode: 'qr' } as const

/** The Shape Detection API's BarcodeDetector format names. */
export const nativeFormats = { ean_13: 'ean13', upc_a: 'upca', ean_8: 'ean8', code_128: 'code128', qr_code: 'qr' } as const

export function fromEngineFormat(name: string): ScanFormat | null {
  return (
    (zxingFormats as Record<string, ScanFormat>)[name] ?? (nativeFormats as Record<string, ScanFormat>)[name] ?? null
  )
}
