import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader'
import { fromEngineFormat } from './formats'
import type { Reader } from './decode'
import type { RawRead } from './validate'

/** Where the app serves the reader's WebAssembly: our own origin, copied from the package at build. */
export const ZXING_WASM_PATH = '/scan/zxing_reader.wasm'

const options: ReaderOptions = {
  formats: ['EAN13', 'UPCA', 'EAN8', 'Code128', 'QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 4,
  textMode: 'Plain',
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
  return async (image) => {
    const results = await readBarcodes(image as ImageData, options)
    const reads: RawRead[] = []
    for (const r of results) {
      const format = fromEngineFormat(r.format)
      if (format && r.isValid) reads.push({ format, text: r.text })
    }
    return reads
  }
}
