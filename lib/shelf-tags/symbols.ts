import bwipjs from 'bwip-js/node'
import { memo } from '../cache/memo'
import { symbologyFor } from './symbology'

/**
 * At scale 1 bwip-js draws a QR module as 2 SVG units and pads in units, so 8 units is the
 * 4-module quiet zone ISO/IEC 18004 asks for.
 */
const QR_QUIET_ZONE = 8

/**
 * The GTIN's retail barcode as a vector SVG, digits underneath. The leading digit and the `>`
 * marks (EAN) sit in the quiet zones, so the symbol carries its own margins onto the label.
 */
export function barcodeSvg(gtin: string): string {
  const bcid = symbologyFor(gtin)
  return bwipjs.toSVG({
    bcid,
    text: gtin,
    scale: 1,
    height: 16,
    includetext: true,
    guardwhitespace: bcid !== 'upca',
    backgroundcolor: 'FFFFFF',
  })
}

/** A QR code of `url` as a vector SVG with its quiet zone; level M survives a scuffed shelf edge. */
export function qrSvg(url: string): string {
  // `eclevel` is a BWIPP option the bundled typings do not list.
  const options: Parameters<typeof bwipjs.toSVG>[0] & { eclevel: 'M' } = {
    bcid: 'qrcode',
    text: url,
    eclevel: 'M',
    scale: 1,
    padding: QR_QUIET_ZONE,
    backgroundcolor: 'FFFFFF',
  }
  return bwipjs.toSVG(options)
}

// A symbol costs tens of milliseconds of CPU (the QR mask search most of all) and never changes,
// while a store prints the same codes again and again: keep the recent ones (~10 kB each).
const rendered = memo<string>({ ttlMs: 24 * 60 * 60_000, max: 1000 })

export const cachedBarcodeSvg = (gtin: string): Promise<string> => rendered.get(`b:${gtin}`, async () => barcodeSvg(gtin))

export const cachedQrSvg = (url: string): Promise<string> => rendered.get(`q:${url}`, async () => qrSvg(url))
