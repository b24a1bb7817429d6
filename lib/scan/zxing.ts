import { prepareZXingModule, readBarcodes, type Position, type ReaderOptions } from 'zxing-wasm/reader'
import { vendorUrl } from '../http/vendor-files'
import { fromEngineFormat } from './formats'
import type { Effort, Reader } from './decode'
import type { RawRead } from './validate'

/** Where the app serves the reader's WebAssembly: our own origin, copied from the package at build. */
export const ZXING_WASM_PATH = vendorUrl('vendor/zxing-wasm-3.1.8/zxing_reader.wasm')

const thorough: ReaderOptions = {
  formats: ['EAN13', 'UPCA', 'EAN8', 'Code128', 'QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  // The whole frame may show a shelf of codes.
  maxNumberOfSymbols: 4,
  textMode: 'Plain',
}

/**
 * A quick look finds the one code in the aiming box: the engine's default scan lines, no turned
 * or downscaled copies, and it stops at the first code (scanning on for more costs as much again).
 */
const quick: ReaderOptions = { ...thorough, tryHarder: false, tryRotate: false, tryDownscale: false, maxNumberOfSymbols: 1 }

/**
 * Blur greys out narrow bars and spaces until each scan line's own histogram threshold merges
 * them; a fixed mid-grey threshold keeps them apart. Tried only when the quick look found nothing.
 */
const quickFixedThreshold: ReaderOptions = { ...quick, binarizer: 'FixedThreshold' }

const attempts: Record<Effort, readonly ReaderOptions[]> = {
  quick: [quick, quickFixedThreshold],
  thorough: [thorough],
}

type Found = { format: string; text: string; lineCount: number; position: Position }

function bounds({ position: p }: Found) {
  const xs = [p.topLeft.x, p.topRight.x, p.bottomRight.x, p.bottomLeft.x]
  const ys = [p.topLeft.y, p.topRight.y, p.bottomRight.y, p.bottomLeft.y]
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

function overlap(a: Found, b: Found): boolean {
  const p = bounds(a)
  const q = bounds(b)
  // A 1-D code's box is only as tall as the scan lines that read it: allow a line's slack.
  const slack = 2
  return p.left <= q.right && q.left <= p.right && p.top <= q.bottom + slack && q.top <= p.bottom + slack
}

/** UPC-A read as EAN-13 (a leading zero) is the same code, not a conflict. */
const sameCode = (a: Found, b: Found) => a.text === b.text || (/^\d+$/.test(a.text + b.text) && a.text.padStart(14, '0') === b.text.padStart(14, '0'))

/**
 * A scan line that grazes the ends of the bars (into the printed digits) can decode as another
 * code with a valid check digit. Two different 1-D reads over the same bars are one code read two
 * ways: keep the one that several times as many scan lines agreed on, or neither.
 */
export function withoutConflicts<T extends Found>(found: readonly T[]): T[] {
  const linear = (r: Found) => r.format !== 'QRCode'
  return found.filter(
    (r) =>
      !linear(r) ||
      found.every((o) => o === r || !linear(o) || sameCode(o, r) || !overlap(o, r) || r.lineCount >= 3 * o.lineCount),
  )
}

/**
 * zxing-wasm as our Reader. In a browser the `.wasm` comes from `wasmUrl` on our origin (the
 * package's default is a CDN, which we never use); in Node the caller passes the bytes.
 */
export function createZxingReader(source: { wasmUrl: string } | { wasmBinary: ArrayBuffer }): Reader {
  prepareZXingModule({
    overrides:
      'wasmUrl' in source
        ? { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.wasmUrl : prefix + path) }
        : { wasmBinary: source.wasmBinary },
  })
  return async (image, effort = 'thorough') => {
    for (const options of attempts[effort]) {
      const results = withoutConflicts(await readBarcodes(image as ImageData, options))
      const reads: RawRead[] = []
      for (const r of results) {
        const format = fromEngineFormat(r.format)
        const { topLeft, topRight, bottomRight, bottomLeft } = r.position
        if (format && r.isValid) reads.push({ format, text: r.text, corners: [topLeft, topRight, bottomRight, bottomLeft] })
      }
      if (reads.length > 0) return reads
    }
    return []
  }
}
