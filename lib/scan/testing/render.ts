import bwipjs from 'bwip-js/node'
import { PNG } from 'pngjs'
import type { ScanFormat } from '../formats'
import { fromRgba, type Gray } from './gray'

const bcid: Record<ScanFormat, string> = { ean13: 'ean13', upca: 'upca', ean8: 'ean8', code128: 'code128', qr: 'qrcode' }

export type RenderOptions = {
  /** Pixels per module (narrowest bar / QR cell). */
  scale?: number
  /** Bar height in millimetres at bwip-js's 72 dpi reference (1-D codes only). */
  height?: number
  /** Print the human-readable digits under the bars. */
  includeText?: boolean
}

/** A clean, printed-quality barcode image from bwip-js, with its quiet zone, as greyscale. */
export async function renderBarcode(format: ScanFormat, text: string, opts: RenderOptions = {}): Promise<Gray> {
  const png = await bwipjs.toBuffer({
    bcid: bcid[format],
    text,
    scale: opts.scale ?? 2,
    ...(format === 'qr' ? {} : { height: opts.height ?? 18 }),
    includetext: opts.includeText ?? format !== 'qr',
    paddingwidth: format === 'qr' ? 4 : 10,
    paddingheight: 4,
    backgroundcolor: 'FFFFFF',
  })
  const image = PNG.sync.read(png)
  return fromRgba(image.data, image.width, image.height)
}
