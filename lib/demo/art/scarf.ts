import { body, highlight, line, shade, type ItemArt } from './scene'

/** Fringe as a thick dashed stroke under each tail. */
function fringe(color: string, x1: number, x2: number, y: number): string {
  return `<path d="M${x1} ${y + 20}H${x2}" stroke="${color}" stroke-width="40" stroke-dasharray="3 5" stroke-linecap="butt"/>`
}

// A scarf folded over a hook: an arch at the top, two tails of unequal length.
export const scarf: ItemArt = {
  floor: 880,
  shadow: 200,
  detail: { x: 490, y: 720, zoom: 2.2 },
  draw: (p) => {
    const stripes = `<path d="M226 680H356M226 712H356M444 720H576M444 752H576" stroke="${p.accent}" stroke-opacity=".5" stroke-width="10" stroke-linecap="butt"/>`
    return [
      body(p, 'M226 300C226 130 576 130 576 300L586 842H444L452 300C452 250 350 250 350 300L352 790H214Z'),
      `<path d="M226 300C226 130 576 130 576 300L586 842H444L452 300C452 250 350 250 350 300L352 790H214Z" fill="url(#k)"/>`,
      shade(p, 'M350 300 352 790H318C322 600 326 420 330 290Z', 0.22),
      shade(p, 'M444 842 452 300C452 280 446 266 436 258 470 240 520 250 540 300L552 842Z', 0.15),
      highlight('M250 290C256 200 320 170 380 166 300 200 280 250 276 300L270 780H246Z', 0.7),
      stripes,
      fringe(p.dark, 216, 352, 790),
      fringe(p.base, 446, 586, 842),
      line(p, 'M226 300C226 130 576 130 576 300', 3, 0.4),
    ].join('')
  },
}
