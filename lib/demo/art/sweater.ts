import { body, highlight, line, shade, type ItemArt } from './scene'

const torso =
  'M318 205C360 226 440 226 482 205L572 236C606 254 622 310 628 370L664 700 604 712 566 430 560 772H240L234 430 196 712 136 700 172 370C178 310 194 254 228 236Z'

/** Ribbing drawn as a thick dashed stroke: cheap, and reads as knit at any zoom. */
function rib(p: { deep: string }, d: string, width: number): string {
  return `<path d="${d}" fill="none" stroke="${p.deep}" stroke-opacity=".28" stroke-width="${width}" stroke-dasharray="3 7" stroke-linecap="butt"/>`
}

// Necklines by seed mod 3: crew, V-neck, turtleneck.
export const sweater: ItemArt = {
  shadow: 200,
  detail: { x: 400, y: 250, zoom: 2.4 },
  draw: (p, seed) => {
    const neck = seed % 3
    const parts = [
      body(p, torso),
      `<path d="${torso}" fill="url(#k)"/>`,
      shade(p, 'M240 430V772H286C278 660 276 540 284 430Z'),
      shade(p, 'M560 430V772H514C520 660 522 540 516 430Z', 0.3),
      highlight('M300 250C360 270 440 270 500 250C512 340 504 430 470 480C420 500 380 500 330 480C296 430 288 340 300 250Z', 0.55),
      body(p, 'M238 772H562L564 830H236Z'),
      rib(p, 'M238 801H562', 56),
      body(p, 'M136 700 196 712 192 772 132 760Z'),
      body(p, 'M664 700 604 712 608 772 668 760Z'),
      line(p, 'M228 236C248 300 236 370 234 430M572 236C552 300 564 370 566 430', 2, 0.3),
    ]
    if (neck === 0) {
      parts.push(`<path d="M318 205C350 192 450 192 482 205 440 240 360 240 318 205Z" fill="${p.deep}"/>`)
      parts.push(line(p, 'M320 208C350 258 450 258 480 208', 18, 1, p.dark))
      parts.push(rib(p, 'M320 208C350 258 450 258 480 208', 18))
    } else if (neck === 1) {
      parts.push(`<path d="M318 205 400 330 482 205C450 215 350 215 318 205Z" fill="${p.deep}"/>`)
      parts.push(line(p, 'M320 207 400 326 480 207', 16, 1, p.dark))
      parts.push(rib(p, 'M320 207 400 326 480 207', 16))
    } else {
      parts.push(body(p, 'M332 132H468L482 212C440 236 360 236 318 212Z'))
      parts.push(rib(p, 'M330 176H470', 80))
      parts.push(`<path d="M332 132C362 120 438 120 468 132 438 144 362 144 332 132Z" fill="${p.deep}"/>`)
    }
    return parts.join('')
  },
}
