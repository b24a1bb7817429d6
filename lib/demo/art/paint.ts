/** Colour math for the product art: every tone is derived from the one validated hex. */

type Rgb = [number, number, number]

function parse(hex: string): Rgb {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb
}

function format([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')
}

export function mix(a: string, b: string, t: number): string {
  const x = parse(a.replace('#', ''))
  const y = parse(b.replace('#', ''))
  return format([0, 1, 2].map((i) => x[i] + (y[i] - x[i]) * t) as Rgb)
}

/** Relative luminance 0 (black) – 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex.replace('#', '')).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export type Paint = {
  base: string
  light: string
  dark: string
  deep: string
  /** Outline and seam colour: visible on both pale and dark items. */
  edge: string
  /** Stitching, labels and other details that contrast with the base. */
  accent: string
  bgTop: string
  bgBottom: string
}

const WARM_NEUTRAL = '#f3eee6'

export function paintFor(hex: string): Paint {
  const base = `#${hex}`
  const lum = luminance(hex)
  const pale = lum > 0.6
  // A pale item on a pale tint disappears: give it a slightly deeper, warmer backdrop.
  const bgTop = pale ? mix('#e6ded2', base, 0.15) : mix(WARM_NEUTRAL, base, 0.14)
  return {
    base,
    light: mix(base, '#ffffff', lum < 0.05 ? 0.22 : 0.28),
    dark: mix(base, '#000000', 0.28),
    deep: mix(base, '#000000', 0.5),
    edge: pale ? mix(base, '#3a3026', 0.4) : mix(base, '#000000', 0.45),
    accent: lum > 0.35 ? mix(base, '#000000', 0.55) : mix(base, '#ffffff', 0.7),
    bgTop,
    bgBottom: mix(bgTop, '#8a7a66', 0.12),
  }
}
