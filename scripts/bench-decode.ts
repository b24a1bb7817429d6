// `node --import tsx scripts/bench-decode.ts [--json]`: barcode decoding over the generated set of
// distorted 1280×720 camera frames (lib/scan/testing/frames.ts), decoded with zxing-wasm through
// decodeFrame exactly as the scan page does (centre region first, then the whole frame).
//
// Only decodeFrame is timed; drawing the frames is not. A warm-up (compiling the WebAssembly and
// letting the JIT settle) runs first and is not counted.
//
// With --json, prints one JSON object on stdout:
//   {
//     frames: number,            // frames decoded
//     decodedPct: number,        // % of frames with a validated read of the right code
//     targetPct: number,         // the same, over clean + mild + moderate frames only (target ≥ 95)
//     wrongReads: number,        // validated reads whose key differs from the truth (target 0)
//     medianMs: number,          // median decodeFrame time per frame (target ≤ 10)
//     p95Ms: number,
//     byClass: [{ distortion, severity, frames, decodedPct, wrongReads, medianMs, p95Ms }],
//     byFormat: [{ format, frames, decodedPct, wrongReads, medianMs, p95Ms }],
//     noCode: { frames, reads, medianMs, p95Ms },  // shelf frames without a code: the cost of
//                                                 // every pass, paid while the shopper aims
//   }
// `severity` is 'none' for clean frames. Percentages have one decimal, times two.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { decodeFrame, type Reader } from '../lib/scan/decode'
import { validateRead } from '../lib/scan/validate'
import { createZxingReader } from '../lib/scan/zxing'
import { SHELF_SCENES, shelfScene } from '../lib/scan/testing/background'
import { buildFrameSet, planFrameSet, renderFrame, type TestFrame } from '../lib/scan/testing/frames'
import { toPixels } from '../lib/scan/testing/gray'

type Outcome = { frame: Omit<TestFrame, 'pixels'>; ms: number; decoded: boolean; wrong: number }
type Summary = { frames: number; decodedPct: number; wrongReads: number; medianMs: number; p95Ms: number }

const WARMUP_FRAMES = 12
/** Frames are drawn in batches between timed runs, so drawing's garbage is not collected mid-decode. */
const BATCH = 16

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

const round = (n: number, digits: number) => Number(n.toFixed(digits))

function summarise(outcomes: Outcome[]): Summary {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  const decoded = outcomes.filter((o) => o.decoded).length
  return {
    frames: outcomes.length,
    decodedPct: round((100 * decoded) / Math.max(1, outcomes.length), 1),
    wrongReads: outcomes.reduce((sum, o) => sum + o.wrong, 0),
    medianMs: round(quantile(times, 0.5), 2),
    p95Ms: round(quantile(times, 0.95), 2),
  }
}

function groupBy<K extends string>(outcomes: Outcome[], key: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>()
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o])
  return groups
}

async function timedDecode(read: Reader, { pixels, ...frame }: TestFrame): Promise<Outcome> {
  const truth = validateRead({ format: frame.format, text: frame.text })
  if (!truth) throw new Error(`frame ${frame.id} carries an invalid code: ${frame.text}`)
  const started = performance.now()
  const { reads } = await decodeFrame(read, pixels)
  const ms = performance.now() - started
  return { frame, ms, decoded: reads.some((r) => r.key === truth.key), wrong: reads.filter((r) => r.key !== truth.key).length }
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)))
  return rows.map((r) => r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ')).join('\n')
}

async function main() {
  const json = process.argv.includes('--json')
  const wasm = await readFile(path.join(process.cwd(), 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'))
  const read = createZxingReader({ wasmBinary: new Uint8Array(wasm).buffer })
  const plans = planFrameSet()

  // The warm-up sees frames of every kind (a fixed stride through the set), timed nowhere.
  for (let i = 0; i < WARMUP_FRAMES; i++) {
    const frame = await renderFrame(plans[Math.floor((i * plans.length) / WARMUP_FRAMES)])
    await decodeFrame(read, frame.pixels)
  }

  const outcomes: Outcome[] = []
  let batch: TestFrame[] = []
  const decodeBatch = async () => {
    for (const frame of batch) outcomes.push(await timedDecode(read, frame))
    batch = []
    if (!json) process.stderr.write(`\r${outcomes.length}/${plans.length} frames`)
  }
  for await (const frame of buildFrameSet()) {
    batch.push(frame)
    if (batch.length === BATCH) await decodeBatch()
  }
  await decodeBatch()
  if (!json) process.stderr.write('\n')

  const empty: number[] = []
  let emptyReads = 0
  for (let i = 0; i < SHELF_SCENES; i++) {
    const pixels = toPixels(shelfScene(1280, 720, i))
    const started = performance.now()
    const result = await decodeFrame(read, pixels)
    empty.push(performance.now() - started)
    emptyReads += result.reads.length
  }
  empty.sort((a, b) => a - b)

  const target = outcomes.filter((o) => o.frame.severity !== 'severe')
  const report = {
    ...summarise(outcomes),
    targetPct: summarise(target).decodedPct,
    byClass: [...groupBy(outcomes, (o) => `${o.frame.distortion}/${o.frame.severity}`).values()].map((group) => ({
      distortion: group[0].frame.distortion,
      severity: group[0].frame.severity,
      ...summarise(group),
    })),
    byFormat: [...groupBy(outcomes, (o) => o.frame.format).entries()].map(([format, group]) => ({ format, ...summarise(group) })),
    noCode: { frames: empty.length, reads: emptyReads, medianMs: round(quantile(empty, 0.5), 2), p95Ms: round(quantile(empty, 0.95), 2) },
  }

  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`)
    return
  }
  const head = ['', 'frames', 'decoded %', 'wrong', 'median ms', 'p95 ms']
  const line = (name: string, s: Summary) => [name, s.frames, s.decodedPct, s.wrongReads, s.medianMs, s.p95Ms]
  console.log(
    table([
      head,
      line('all', report),
      ['clean + mild + moderate', target.length, report.targetPct, '', '', ''],
      ...report.byClass.map((c) => line(c.severity === 'none' ? c.distortion : `${c.distortion} ${c.severity}`, c)),
      ...report.byFormat.map((f) => line(f.format, f)),
      ['no code (reads)', report.noCode.frames, '', report.noCode.reads, report.noCode.medianMs, report.noCode.p95Ms],
    ]),
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
