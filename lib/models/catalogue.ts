import { allKinds } from '../demo/catalog'
import { colorByCode, type DemoColor } from '../demo/colors'

/**
 * Which products have a 3D model. A model belongs to a product family and shape (the same
 * shapes the gallery art draws), not to one product: every Harbor-style round sunglass shares a
 * mesh, and the family's whole palette ships as KHR_materials_variants named by colour code.
 * A product shows the variants of its own colours (always a subset of its family's palette).
 */
export type ModelGroup = 'eyewear' | 'hat' | 'footwear' | 'home'

export type ModelSpec = {
  key: string
  /** The catalogue kind (lib/demo/catalog) whose products use this model. */
  kind: string
  /** Gallery-art shape (seed mod 3) for kinds drawn in several shapes; undefined = any shape. */
  shape?: number
  group: ModelGroup
  label: string
  /** Variant names, in order: the kind's palette (colour codes). The first is the default. */
  colors: readonly DemoColor[]
}

const families: readonly { kind: string; group: ModelGroup; shapes?: readonly string[]; label: string }[] = [
  { kind: 'sunglasses', group: 'eyewear', shapes: ['round', 'square', 'aviator'], label: 'sunglasses' },
  { kind: 'optical', group: 'eyewear', shapes: ['round', 'square', 'panto'], label: 'optical frames' },
  { kind: 'cap', group: 'hat', label: 'cap' },
  { kind: 'beanie', group: 'hat', label: 'beanie' },
  { kind: 'bucket-hat', group: 'hat', label: 'bucket hat' },
  { kind: 'brim-hat', group: 'hat', label: 'brimmed hat' },
  { kind: 'sneaker', group: 'footwear', label: 'sneaker' },
  { kind: 'mug', group: 'home', label: 'mug' },
  { kind: 'candle', group: 'home', label: 'candle' },
  { kind: 'pillow', group: 'home', label: 'pillow' },
]

function paletteOf(kind: string): DemoColor[] {
  const spec = allKinds.find((k) => k.key === kind)
  if (!spec) throw new Error(`No catalogue kind "${kind}"`)
  return spec.palette.map(colorByCode)
}

export const modelSpecs: readonly ModelSpec[] = families.flatMap((f) =>
  f.shapes
    ? f.shapes.map((shape, i) => ({
        key: `${f.kind}-${shape}`,
        kind: f.kind,
        shape: i,
        group: f.group,
        label: `${shape} ${f.label}`,
        colors: paletteOf(f.kind),
      }))
    : [{ key: f.kind, kind: f.kind, group: f.group, label: f.label, colors: paletteOf(f.kind) }],
)

/** The model for a product of `kind` whose art draws `shape`, or null when the family has none. */
export function modelSpecFor(kind: string, shape: number): ModelSpec | null {
  return modelSpecs.find((m) => m.kind === kind && (m.shape === undefined || m.shape === shape)) ?? null
}

export function modelSpec(key: string): ModelSpec | null {
  return modelSpecs.find((m) => m.key === key) ?? null
}

/** Public URLs of a model's files (public/models/…). */
export const modelUrls = (key: string) => ({
  glb: `/models/${key}.glb`,
  usdz: `/models/${key}.usdz`,
  poster: (colorCode: string) => `/models/${key}/${colorCode}.png`,
  /** One colour's USDZ (models placed in a room only). */
  usdzIn: (colorCode: string) => `/models/${key}/${colorCode}.usdz`,
})
