import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createReadConfirmer } from './confirm'
import { decodeFrame, type Reader } from './decode'
import { shelfScene } from './testing/background'
import { buildFrameSet, planFrameSet, renderFrame, type TestFrame } from './testing/frames'
import { toPixels } from './testing/gray'
import { MAX_CODE128_LENGTH, MAX_QR_LENGTH, validateRead, type ScanRead } from './validate'
import { createZxingReader, withoutConflicts } from './zxing'

const read = (format: ScanRead['format'], text: string) => validateRead({ format, text })

describe('validateRead', () => {
  it('accepts retail codes with their length and GS1 check digit, keyed as GTIN-14', () => {
    expect(read('ean13', '8054217001239')).toEqual({ format: 'ean13', text: '8054217001239', key: 'gtin:08054217001239' })
    expect(read('upca', '842137001020')?.key).toBe('gtin:00842137001020')
    expect(read('ean8', '37601232')?.key).toBe('gtin:00000037601232')
    expect(read('ean13', ' 8054217001239\n')?.text).toBe('8054217001239')
  })

  it('drops a wrong check digit', () => {
    expect(read('ean13', '8054217001238')).toBeNull()
    expect(read('upca', '842137001021')).toBeNull()
    expect(read('ean8', '37601233')).toBeNull()
  })

  it("drops a code whose length is not its symbology's", () => {
    expect(read('ean8', '8054217001239')).toBeNull()
    expect(read('ean13', '842137001020')).toBeNull()
    expect(read('upca', '37601232')).toBeNull()
    expect(read('ean13', '805421700123X')).toBeNull()
  })

  it('gives a UPC-A and the same code read as EAN-13 one key', () => {
    const upca = read('upca', '842137001020')
    const ean13 = read('ean13', '0842137001020')
    expect(upca?.key).toBeDefined()
    expect(ean13?.key).toBe(upca?.key)
  })

  it('accepts printable Code 128 of a label length only', () => {
    expect(read('code128', 'AIS-HARB-TOR')).toEqual({ format: 'code128', text: 'AIS-HARB-TOR', key: 'c128:AIS-HARB-TOR' })
    expect(read('code128', 'A'.repeat(MAX_CODE128_LENGTH))).not.toBeNull()
    expect(read('code128', 'A'.repeat(MAX_CODE128_LENGTH + 1))).toBeNull()
    expect(read('code128', 'AIS\x1dHARB')).toBeNull()
    expect(read('code128', '   ')).toBeNull()
  })

  it('accepts QR text as it is, up to a sane size', () => {
    const url = 'https://aisle.example/tag/str_1/842137001020'
    expect(read('qr', url)).toEqual({ format: 'qr', text: url, key: `qr:${url}` })
    expect(read('qr', ` ${url}`)?.text).toBe(` ${url}`)
    expect(read('qr', 'x'.repeat(MAX_QR_LENGTH))).not.toBeNull()
    expect(read('qr', 'x'.repeat(MAX_QR_LENGTH + 1))).toBeNull()
    expect(read('qr', '')).toBeNull()
  })
})

describe('createReadConfirmer', () => {
  const ean = read('ean13', '8054217001239') as ScanRead
  const upca = read('upca', '842137001020') as ScanRead
  const upcaAsEan = read('ean13', '0842137001020') as ScanRead
  const qr = read('qr', 'https://aisle.example/tag/str_1/842137001020') as ScanRead

  it('confirms a 1-D code only when a second frame sees it', () => {
    const c = createReadConfirmer()
    expect(c.offer([ean], 0)).toBeNull()
    expect(c.offer([ean], 100)).toBe(ean)
  })

  it('does not count two reads of one frame as two frames', () => {
    const c = createReadConfirmer()
    expect(c.offer([ean, ean], 0)).toBeNull()
    expect(c.offer([], 50)).toBeNull()
    expect(c.offer([ean], 100)).toBe(ean)
  })

  it('confirms a UPC-A seen once as UPC-A and once as EAN-13', () => {
    const c = createReadConfirmer()
    expect(c.offer([upca], 0)).toBeNull()
    expect(c.offer([upcaAsEan], 100)?.key).toBe(upca.key)
  })

  it('confirms a QR code at once', () => {
    expect(createReadConfirmer().offer([qr], 0)).toBe(qr)
  })

  it('forgets a first sighting once its window has passed', () => {
    const c = createReadConfirmer({ windowMs: 1000 })
    expect(c.offer([ean], 0)).toBeNull()
    expect(c.offer([ean], 1001)).toBeNull()
    expect(c.offer([ean], 1500)).toBe(ean)
  })

  it('ignores the confirmed code while the camera still sees it, but not another code', () => {
    const c = createReadConfirmer({ repeatMs: 3000 })
    expect(c.offer([qr], 0)).toBe(qr)
    expect(c.offer([qr], 1000)).toBeNull()
    expect(c.offer([qr], 2999)).toBeNull()
    expect(c.offer([ean], 3000)).toBeNull()
    expect(c.offer([ean], 3100)).toBe(ean)
    expect(c.offer([qr], 3200)).toBe(qr)
  })

  it('needs two fresh frames for a 1-D code after its repeat time', () => {
    const c = createReadConfirmer({ repeatMs: 3000 })
    c.offer([ean], 0)
    expect(c.offer([ean], 100)).toBe(ean)
    expect(c.offer([ean], 2000)).toBeNull()
    expect(c.offer([ean], 3200)).toBeNull()
    expect(c.offer([ean], 3300)).toBe(ean)
  })

  it('starts afresh after reset', () => {
    const c = createReadConfirmer()
    expect(c.offer([qr], 0)).toBe(qr)
    c.reset()
    expect(c.offer([qr], 10)).toBe(qr)
    expect(c.offer([ean], 20)).toBeNull()
    c.reset()
    expect(c.offer([ean], 30)).toBeNull()
    expect(c.offer([ean], 40)).toBe(ean)
  })
})

describe('withoutConflicts', () => {
  const at = (top: number, bottom: number) => ({
    topLeft: { x: 100, y: top },
    topRight: { x: 400, y: top },
    bottomRight: { x: 400, y: bottom },
    bottomLeft: { x: 100, y: bottom },
  })
  const found = (format: string, text: string, lineCount: number, top: number, bottom: number) => ({
    format,
    text,
    lineCount,
    position: at(top, bottom),
  })

  it('drops a weak second reading of the same bars', () => {
    const strong = found('EAN13', '0817362001336', 184, 46, 229)
    const graze = found('EAN13', '3211402001336', 3, 201, 207)
    expect(withoutConflicts([strong, graze])).toEqual([strong])
  })

  it('drops both when neither reading clearly wins', () => {
    expect(withoutConflicts([found('EAN13', '0817362001336', 4, 46, 229), found('EAN13', '3211402001336', 3, 201, 207)])).toEqual([])
  })

  it('keeps codes side by side, a UPC-A also read as EAN-13, and QR codes', () => {
    const apart = [found('EAN13', '0817362001336', 20, 0, 100), found('Code128', 'AIS-HARB-TOR', 3, 150, 160)]
    expect(withoutConflicts(apart)).toEqual(apart)
    const same = [found('UPCA', '817362001336', 10, 0, 100), found('EAN13', '0817362001336', 2, 50, 52)]
    expect(withoutConflicts(same)).toEqual(same)
    const qr = [found('QRCode', 'https://aisle.example/tag/a/1', 1, 0, 100), found('EAN13', '0817362001336', 1, 0, 100)]
    expect(withoutConflicts(qr)).toEqual(qr)
  })
})

/**
 * One frame of every format × distortion × severity (and two clean ones per format): the first
 * frames of the set `npm run bench` measures, small enough for a unit test.
 */
const SUBSET = { perCell: 1, cleanPerFormat: 2 }

type Outcome = { frame: Omit<TestFrame, 'pixels'>; decoded: boolean; wrong: string[] }

describe('decodeFrame with zxing-wasm over distorted camera frames', () => {
  let reader: Reader
  const outcomes: Outcome[] = []

  beforeAll(async () => {
    const wasm = await readFile(path.join(process.cwd(), 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'))
    reader = createZxingReader({ wasmBinary: new Uint8Array(wasm).buffer })
    for await (const { pixels, ...frame } of buildFrameSet(SUBSET)) {
      const truth = validateRead({ format: frame.format, text: frame.text })
      if (!truth) throw new Error(`frame ${frame.id} carries an invalid code`)
      const { reads } = await decodeFrame(reader, pixels)
      outcomes.push({
        frame,
        decoded: reads.some((r) => r.key === truth.key),
        wrong: reads.filter((r) => r.key !== truth.key).map((r) => `${frame.id}: read ${r.format} ${r.text}`),
      })
    }
  }, 180_000)

  it('covers every format and distortion class', () => {
    expect(new Set(outcomes.map((o) => o.frame.format)).size).toBe(5)
    expect(new Set(outcomes.map((o) => `${o.frame.distortion}/${o.frame.severity}`)).size).toBe(22)
  })

  it('decodes at least 95 % of clean, mild and moderate frames', () => {
    const target = outcomes.filter((o) => o.frame.severity !== 'severe')
    const missed = target.filter((o) => !o.decoded).map((o) => o.frame.id)
    expect(target.length).toBeGreaterThanOrEqual(75)
    expect((target.length - missed.length) / target.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95)
  })

  it('never reads a wrong code, at any severity', () => {
    expect(outcomes.flatMap((o) => o.wrong)).toEqual([])
  })

  it('finds nothing in a shelf with no barcode', async () => {
    for (const scene of [0, 1, 2]) {
      const result = await decodeFrame(reader, toPixels(shelfScene(1280, 720, scene)))
      expect(result).toEqual({ reads: [], pass: null, rejected: 0 })
    }
  })

  it('draws the same frame from the same plan', async () => {
    const plan = planFrameSet(SUBSET).find((p) => p.distortion === 'noise')
    if (!plan) throw new Error('no noise frame planned')
    const [a, b] = await Promise.all([renderFrame(plan), renderFrame(plan)])
    expect(Buffer.from(a.pixels.data).equals(Buffer.from(b.pixels.data))).toBe(true)
  })
})
