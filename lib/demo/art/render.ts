import { isArtKind, type ArtKind, type ArtView } from './kinds'
import { paintFor } from './paint'
import { scene, type ItemArt } from './scene'
import { registry } from './registry'

export type ArtRequest = { kind: ArtKind; hex: string; view: ArtView; seed: number }

const hexPattern = /^[0-9a-f]{6}$/
const seedFile = /^(\d{1,4})\.svg$/

/** Parses `[kind, hex, view, "{seed}.svg"]`; anything else is not an image we draw. */
export function parseArtPath(segments: readonly string[]): ArtRequest | null {
  if (segments.length !== 4) return null
  const [kind, hex, view, file] = segments
  const seed = seedFile.exec(file)
  if (!isArtKind(kind) || !hexPattern.test(hex) || !['0', '1', '2'].includes(view) || !seed) return null
  return { kind, hex, view: Number(view) as ArtView, seed: Number(seed[1]) }
}

export function renderArt(req: ArtRequest): string {
  const item: ItemArt = registry[req.kind]
  return scene(item, paintFor(req.hex), req.seed, req.view)
}
