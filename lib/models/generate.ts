import * as THREE from 'three'
import { buildModel, finishOf } from './build'
import type { ModelSpec } from './catalogue'
import type { Role } from './geometry/parts'
import { exportGlb } from './export/glb'
import { renderPoster } from './export/poster'
import { exportUsdz } from './export/usdz'
import { placesInRoom } from './room'

export const POSTER_SIZE = 480

/** Paths (under public/models/) of every file of one model, as `generateModelFiles` makes them. */
export function modelFileNames(spec: ModelSpec): string[] {
  return [
    `${spec.key}.glb`,
    `${spec.key}.usdz`,
    ...spec.colors.map((c) => `${spec.key}/${c.code}.png`),
    ...(placesInRoom(spec.group) ? spec.colors.map((c) => `${spec.key}/${c.code}.usdz`) : []),
  ]
}

/**
 * Every file of one model, by path under public/models/: the GLB, the USDZ (default colour) and one
 * poster per colour; models placed in a room also get a USDZ per colour, since AR Quick Look has
 * no material variants and the shopper should see the colour they chose. `posters: 'first'` draws
 * only the first colour's poster (drawing is most of the time; the tests check one).
 */
export async function generateModelFiles(spec: ModelSpec, { posters = 'all' }: { posters?: 'all' | 'first' } = {}): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>()
  files.set(`${spec.key}.glb`, await exportGlb(spec, buildModel(spec)))
  files.set(`${spec.key}.usdz`, await exportUsdz(buildModel(spec)))
  const meshes = buildModel(spec).children.filter((c): c is THREE.Mesh => c instanceof THREE.Mesh)
  for (const [i, color] of (posters === 'all' ? spec.colors : spec.colors.slice(0, 1)).entries()) {
    const poster = renderPoster(
      meshes.map((m) => ({ geometry: m.geometry, finish: finishOf(spec, m.name as Role, i) })),
      POSTER_SIZE,
    )
    files.set(`${spec.key}/${color.code}.png`, new Uint8Array(poster))
  }
  if (placesInRoom(spec.group)) {
    for (const [i, color] of spec.colors.entries()) files.set(`${spec.key}/${color.code}.usdz`, await exportUsdz(buildModel(spec, i)))
  }
  return files
}
