import * as THREE from 'three'
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { ModelSpec } from './catalogue'
import { glasses, type GlassesShape } from './geometry/eyewear'
import { sneaker } from './geometry/footwear'
import { hat, type HatKind } from './geometry/hats'
import { candle, mug, pillow } from './geometry/home'
import type { Part, Role } from './geometry/parts'
import { fixedFinish, primaryFinish, type Finish } from './materials'

const GLASSES_SHAPES: Record<string, readonly GlassesShape[]> = {
  sunglasses: ['round', 'square', 'aviator'],
  optical: ['round', 'square', 'panto'],
}

function partsOf(spec: ModelSpec): Part[] {
  const shapes = GLASSES_SHAPES[spec.kind]
  if (shapes) return glasses(shapes[spec.shape ?? 0])
  switch (spec.kind) {
    case 'cap':
    case 'beanie':
    case 'bucket-hat':
    case 'brim-hat':
      return hat(spec.kind as HatKind)
    case 'sneaker':
      return sneaker()
    case 'mug':
      return mug()
    case 'candle':
      return candle()
    case 'pillow':
      return pillow()
  }
  throw new Error(`No geometry for model kind "${spec.kind}"`)
}

/** The material of one role; `primary` takes the colour (its name is the colour code). */
export function finishOf(spec: ModelSpec, role: Role, colorIndex = 0): Finish {
  return role === 'primary' ? primaryFinish(spec.colors[colorIndex], spec.group === 'eyewear') : fixedFinish(role, spec.kind === 'sunglasses')
}

export function materialOf(name: string, finish: Finish, doubleSided: boolean): THREE.MeshStandardMaterial {
  const m = new THREE.MeshStandardMaterial({
    name,
    color: new THREE.Color(finish.color),
    roughness: finish.roughness,
    metalness: finish.metalness,
    transparent: finish.opacity < 1,
    opacity: finish.opacity,
    side: doubleSided ? THREE.DoubleSide : THREE.FrontSide,
  })
  return m
}

/**
 * The model as a three.js group in metres: one mesh per role (parts merged), `primary` first,
 * in its default colour. Hats and open vessels are single shells, seen from inside too.
 */
/** The model with its primary parts in the palette's `colorIndex`-th colour (the GLB adds the rest as variants). */
export function buildModel(spec: ModelSpec, colorIndex = 0): THREE.Group {
  const byRole = new Map<Role, THREE.BufferGeometry[]>()
  for (const p of partsOf(spec)) {
    const g = p.geometry.index ? p.geometry.toNonIndexed() : p.geometry
    for (const name of Object.keys(g.attributes)) if (name !== 'position' && name !== 'normal') g.deleteAttribute(name)
    byRole.set(p.role, [...(byRole.get(p.role) ?? []), g])
  }
  const group = new THREE.Group()
  group.name = spec.key
  const doubleSided = spec.group === 'hat'
  const roles = [...byRole.keys()].sort((a, b) => (a === 'primary' ? -1 : b === 'primary' ? 1 : a.localeCompare(b)))
  for (const role of roles) {
    const merged = mergeGeometries(byRole.get(role) ?? [])
    if (!merged) throw new Error(`Cannot merge ${spec.key}/${role}`)
    const geometry = mergeVertices(merged, 1e-3)
    geometry.scale(0.001, 0.001, 0.001)
    const name = role === 'primary' ? spec.colors[colorIndex].code : role
    const mesh = new THREE.Mesh(geometry, materialOf(name, finishOf(spec, role, colorIndex), doubleSided))
    mesh.name = role
    group.add(mesh)
  }
  return group
}
