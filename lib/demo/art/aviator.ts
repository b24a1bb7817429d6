import { tintedLensGradient } from './glasses'
import type { Paint } from './paint'
import { line } from './scene'

/** Left teardrop lens: a near-straight brow, the deepest point dropping towards the nose. */
const lens = 'M150 442C210 428 316 426 366 436C386 470 386 550 352 598C332 626 304 638 278 634C222 624 174 580 158 522C150 494 146 466 150 442Z'

/** Aviator sunglasses: thin metal rims, a straight brow bar over a curved lower bridge, nose pads. */
export function drawAviator(p: Paint): string {
  const metal = (d: string, width: number) => line(p, d, width + 4, 1, p.edge) + line(p, d, width, 1, 'url(#b)')
  const one = (transform: string) =>
    `<g transform="${transform}">` +
    line(p, 'M384 484C388 504 386 518 380 528', 3, 0.8, p.edge) +
    `<ellipse cx="376" cy="540" rx="7" ry="15" fill="#fff" fill-opacity=".35" stroke="${p.edge}" stroke-opacity=".5" stroke-width="2"/>` +
    `<path d="${lens}" fill="url(#L)"/>` +
    `<path d="M196 480C212 458 244 450 272 452" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="9"/>` +
    metal(lens, 6) +
    metal('M148 440C206 424 316 422 368 434', 9) +
    metal('M148 446 110 452', 7) +
    `</g>`
  return (
    `<defs>${tintedLensGradient(p)}</defs>` +
    one('') +
    one('translate(800 0) scale(-1 1)') +
    metal('M366 433H434', 7) +
    metal('M378 480C388 466 412 466 422 480', 6)
  )
}
