import { goldGradient } from './metal'
import { highlight, type ItemArt } from './scene'

const linen =
  '<linearGradient id="n" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#d9cdb4"/><stop offset=".4" stop-color="#fbf4e2"/><stop offset="1" stop-color="#cbbd9f"/></linearGradient>' +
  '<radialGradient id="gl" cx=".5" cy=".5" r=".5"><stop offset="0" stop-color="#fff3c8" stop-opacity=".8"/><stop offset="1" stop-color="#fff3c8" stop-opacity="0"/></radialGradient>'

// Variants by seed mod 3: drum shade, tapered shade, mushroom dome.
export const lamp: ItemArt = {
  floor: 842,
  shadow: 200,
  scale: 1.1,
  detail: { x: 400, y: 640, zoom: 2.1 },
  draw: (p, seed) => {
    const style = seed % 3
    const shade =
      style === 2
        ? `<path d="M220 520C220 360 300 290 400 290S580 360 580 520Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`
        : style === 1
          ? '<path d="M238 520 312 300H488L562 520Z" fill="url(#n)" stroke="#a8987a" stroke-width="3"/>'
          : '<path d="M250 520 270 310H530L550 520Z" fill="url(#n)" stroke="#a8987a" stroke-width="3"/>'
    return [
      `<defs>${goldGradient}${linen}</defs>`,
      '<ellipse cx="400" cy="430" rx="260" ry="220" fill="url(#gl)"/>',
      '<rect x="388" y="500" width="24" height="90" fill="url(#g)"/>',
      `<path d="M340 820C262 770 262 620 344 580H456C538 620 538 770 460 820Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M312 640C316 610 330 596 344 590 334 640 334 720 350 790 320 760 308 700 312 640Z', 0.9),
      `<rect x="334" y="816" width="132" height="26" rx="6" fill="${p.deep}" stroke="${p.edge}" stroke-width="3"/>`,
      shade,
      style === 2 ? '' : '<ellipse cx="400" cy="520" rx="150" ry="12" fill="#fff6d6" fill-opacity=".9"/>',
    ].join('')
  },
}
