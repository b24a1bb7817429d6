import { mix, luminance, type Paint } from './paint'
import { line } from './scene'

/**
 * Lens outlines by shape: 0 round, 1 square, 2 panto (left lens; the right is mirrored).
 * Sunglasses draw shape 2 as aviators instead (aviator.ts); optical frames keep the panto.
 */
const lenses = [
  'M262 420A104 104 0 1 1 261.9 420Z',
  'M180 432H344Q372 432 370 462L362 574Q356 614 318 614H206Q166 614 160 574L152 462Q150 432 180 432Z',
  'M160 446C200 424 330 424 368 446 382 520 352 612 270 616 188 612 146 540 160 446Z',
]

/** Warm mid-brown frames get a tortoiseshell mottle; other colours stay solid acetate or metal. */
function isTortoise(hex: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i + 1, i + 3), 16))
  const lum = luminance(hex.slice(1))
  return r > g && g > b && r - b > 60 && lum > 0.03 && lum < 0.3
}

/** Smoked lens gradient (id "L"), faintly tinted towards the frame colour. */
export function tintedLensGradient(p: Paint): string {
  return `<linearGradient id="L" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix('#1f2327', p.base, 0.18)}"/><stop offset="1" stop-color="${mix('#4d5358', p.base, 0.2)}"/></linearGradient>`
}

export function drawGlasses(p: Paint, seed: number, tinted: boolean): string {
  const shape = seed % 3
  const left = lenses[shape]
  const lens = tinted ? tintedLensGradient(p) : ''
  const fill = tinted ? 'url(#L)' : '#ffffff'
  const fillOpacity = tinted ? 1 : 0.3
  const amber = mix(p.base, '#e8a652', 0.5)
  const dark = mix(p.base, '#140b05', 0.55)
  const mottle = isTortoise(p.base)
    ? `<pattern id="t" width="64" height="52" patternUnits="userSpaceOnUse" patternTransform="rotate(-20)"><rect width="64" height="52" fill="${p.base}"/>` +
      `<ellipse cx="12" cy="14" rx="11" ry="6" fill="${amber}"/><ellipse cx="44" cy="34" rx="13" ry="5" fill="${amber}" fill-opacity=".7"/>` +
      `<ellipse cx="36" cy="10" rx="7" ry="4" fill="${dark}"/><ellipse cx="14" cy="40" rx="8" ry="5" fill="${dark}"/><ellipse cx="58" cy="20" rx="4" ry="3" fill="${amber}"/></pattern>`
    : ''
  const frame = mottle ? 'url(#t)' : 'url(#b)'
  const width = shape === 2 ? 10 : 20
  const one = (transform: string) =>
    `<g transform="${transform}">` +
    `<path d="${left}" fill="${fill}" fill-opacity="${fillOpacity}"/>` +
    `<path d="M200 470C220 450 250 444 270 446" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="10"/>` +
    `<path d="${left}" fill="none" stroke="${p.edge}" stroke-width="${width + 6}"/>` +
    `<path d="${left}" fill="none" stroke="${frame}" stroke-width="${width}"/>` +
    line(p, 'M150 462 118 470', 16, 1, p.dark) +
    `</g>`
  return (
    `<defs>${lens}${mottle}</defs>` +
    one('') +
    one('translate(800 0) scale(-1 1)') +
    (shape === 2 ? line(p, 'M368 448H432', 8, 1, p.dark) : '') +
    line(p, 'M362 470C380 446 420 446 438 470', shape === 2 ? 8 : 18, 1, p.edge) +
    line(p, 'M362 470C380 446 420 446 438 470', shape === 2 ? 5 : 14, 1, p.base)
  )
}
