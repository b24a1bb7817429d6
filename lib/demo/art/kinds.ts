/** Every product kind the art route can draw; the URL's first segment must be one of these. */
export const artKinds = [
  'tee',
  'shirt',
  'sweater',
  'jacket',
  'coat',
  'trousers',
  'dress',
  'sneaker',
  'boot',
  'sunglasses',
  'optical',
  'cap',
  'beanie',
  'bucket-hat',
  'brim-hat',
  'tote',
  'bag',
  'scarf',
  'lipstick',
  'bottle',
  'jar',
  'tube',
  'candle',
  'mug',
  'pillow',
  'throw',
  'lamp',
  'vase',
] as const

export type ArtKind = (typeof artKinds)[number]

export function isArtKind(value: string): value is ArtKind {
  return (artKinds as readonly string[]).includes(value)
}

/** Gallery positions: 0 front, 1 three-quarter, 2 close-up detail. */
export const artViews = [0, 1, 2] as const
export type ArtView = (typeof artViews)[number]

export const artViewNames: Record<ArtView, string> = {
  0: 'front view',
  1: 'three-quarter view',
  2: 'detail view',
}

/** The URL an image row points at; the route handler parses exactly this shape back. */
export function artUrl(kind: ArtKind, hex: string, view: ArtView, seed: number): string {
  return `/media/art/${kind}/${hex}/${view}/${seed}.svg`
}
