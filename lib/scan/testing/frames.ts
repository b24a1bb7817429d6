import { shelfTagPath } from '../../catalog/code'
import { generateDemoData } from '../../demo/generate'
import { hashString, Rng } from '../../demo/random'
import type { Pixels } from '../decode'
import { scanFormats, type ScanFormat } from '../formats'
import { composeFrame, distortions, severities, type Distortion, type Level } from './distort'
import { toPixels } from './gray'
import { renderBarcode } from './render'

/** A camera frame with the one code it shows: `text` is the truth a decode is judged against. */
export type TestFrame = {
  id: string
  format: ScanFormat
  text: string
  distortion: Distortion
  severity: Level
  pixels: Pixels
}

export type FramePlan = Omit<TestFrame, 'pixels'> & { seed: number }

export type FrameSetOptions = {
  /** Frames per format for each distortion class × severity. */
  perCell?: number
  /** Clean frames per format. */
  cleanPerFormat?: number
  formats?: readonly ScanFormat[]
  distortions?: readonly Distortion[]
  /** Picks other codes and other scenes; the same seed always gives the same set. */
  seed?: number
}

const SHELF_TAG_ORIGIN = 'https://aisle.example'

/**
 * Module size in the frame, in pixels, when the shopper aims as intended: a retail code then
 * spans ~40 % of a 1280-px frame, a SKU label fits the aiming box, a shelf-tag QR ~260 px.
 */
const modulePx: Record<ScanFormat, number> = { ean13: 4, upca: 4, ean8: 4, code128: 3.2, qr: 7 }
/** Pixels per module that bwip-js draws at scale 1 (its QR modules are two units wide). */
const bwipModule: Record<ScanFormat, number> = { ean13: 1, upca: 1, ean8: 1, code128: 1, qr: 2 }

let demo: ReturnType<typeof generateDemoData> | undefined

/** Real codes from the demo catalogue, per format; the generator is pure, so this is stable. */
function catalogueCodes(seed: number): Record<ScanFormat, string[]> {
  // Kept once made: generating the demo data takes about a second.
  const data = (demo ??= generateDemoData())
  const rng = new Rng(seed)
  const gtins = data.variants.map((v) => v.gtin).filter((g): g is string => typeof g === 'string')
  const ofLength = (n: number) => rng.shuffle(gtins.filter((g) => g.length === n))
  const tags = rng.shuffle(gtins).map((gtin) => SHELF_TAG_ORIGIN + shelfTagPath(rng.pick(data.stores).id, gtin))
  return {
    ean13: ofLength(13),
    upca: ofLength(12),
    ean8: ofLength(8),
    code128: rng.shuffle(data.variants.map((v) => v.sku)),
    qr: tags,
  }
}

/** Which frames a set holds (codes, classes, seeds) without drawing any of them. */
export function planFrameSet(options: FrameSetOptions = {}): FramePlan[] {
  const { perCell = 2, cleanPerFormat = 6, seed = 1, formats = scanFormats } = options
  const classes = options.distortions ?? distortions
  const codes = catalogueCodes(seed)
  const plans: FramePlan[] = []
  for (const format of formats) {
    let n = 0
    const add = (distortion: Distortion, severity: Level, count: number) => {
      for (let i = 0; i < count; i++) {
        const id = `${format}/${distortion}${severity === 'none' ? '' : `-${severity}`}/${i}`
        const text = codes[format][n++ % codes[format].length]
        plans.push({ id, format, text, distortion, severity, seed: hashString(`${seed}:${id}`) % 2 ** 32 })
      }
    }
    for (const distortion of classes) {
      if (distortion === 'clean') add('clean', 'none', cleanPerFormat)
      else for (const severity of severities) add(distortion, severity, perCell)
    }
  }
  return plans
}

/** Draws one planned frame. */
export async function renderFrame(plan: FramePlan): Promise<TestFrame> {
  // Its own stream: composeFrame draws the scene and placement from the plan's seed.
  const target = modulePx[plan.format] * (0.9 + new Rng(`${plan.seed}:size`).float() * 0.2)
  // Drawn near the frame's own module size: shrinking a big render by bilinear sampling aliases.
  const scale = Math.max(1, Math.round(target / bwipModule[plan.format]))
  const code = await renderBarcode(plan.format, plan.text, { scale })
  const frame = composeFrame(code, {
    distortion: plan.distortion,
    severity: plan.severity,
    seed: plan.seed,
    codeWidth: (code.width * target) / (scale * bwipModule[plan.format]),
  })
  const { id, format, text, distortion, severity } = plan
  return { id, format, text, distortion, severity, pixels: toPixels(frame) }
}

/**
 * The distorted frames, drawn one at a time: the full set (~240 frames of 1280×720 RGBA) would
 * hold close to a gigabyte if built up front.
 */
export async function* buildFrameSet(options: FrameSetOptions = {}): AsyncGenerator<TestFrame> {
  for (const plan of planFrameSet(options)) yield renderFrame(plan)
}
