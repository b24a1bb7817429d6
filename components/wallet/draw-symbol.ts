import { code128, drawingSVG, qrcode } from 'bwip-js/browser'

// Named imports only, in a module of its own that the page loads on demand: the bundler keeps the
// two encoders the wallet draws and leaves out the hundred others bwip-js ships.

// At scale 1 bwip-js draws a QR module as 2 SVG units: 8 units of padding is the 4-module quiet
// zone a scanner needs; Code 128 wants 10 modules each side.
const QUIET = { qr: 8, code128: 10 }

/** A QR code or Code 128 of `text` as SVG markup, black on white with its quiet zone. */
export function drawSymbol(kind: 'qr' | 'code128', text: string): string {
  const options = { text, scale: 1, padding: QUIET[kind], backgroundcolor: 'FFFFFF', barcolor: '000000' }
  if (kind === 'qr') {
    // `eclevel` is a BWIPP option the bundled typings do not list; M survives a scratched screen protector.
    const qr: Parameters<typeof qrcode>[0] & { eclevel: 'M' } = { ...options, bcid: 'qrcode', eclevel: 'M' }
    return qrcode(qr, drawingSVG())
  }
  // A 1-D code may stretch sideways (every bar by the same factor): it fills the card's width.
  return code128({ ...options, bcid: 'code128', height: 20 }, drawingSVG()).replace('<svg ', '<svg preserveAspectRatio="none" ')
}
