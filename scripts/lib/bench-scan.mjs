// The scanning figures of `npm run bench`: decoding on the project's distorted frames
// (scripts/bench-decode.ts) and scan-to-product in headless Chromium (scripts/bench-scan.ts).
// Both are TypeScript run through tsx in a child process, and answer with one JSON line.
import { runTsJson } from './bench-parts.mjs'

/** Decode success and time per 1280x720 frame, as the app's engine decodes (no server needed). */
export const benchDecode = () => runTsJson('bench-decode.ts', [])

/** First camera frame → product page first contentful paint, against a running server. */
export const benchScan = (base, runs = 20) => runTsJson('bench-scan.ts', ['--base', base, '--runs', String(runs)])
