import { body, highlight, line, shade, type ItemArt } from './scene'

// A blanket hanging over a wooden rail, so the drape and fringe read at a glance.
export const throwBlanket: ItemArt = {
  floor: 868,
  shadow: 230,
  detail: { x: 560, y: 700, zoom: 2.2 },
  draw: (p) => {
    const front = 'M196 236H604C608 420 614 600 624 780 500 800 300 800 176 780 186 600 192 420 196 236Z'
    return [
      body(p, 'M212 244H588L600 822H200Z', p.dark),
      `<path d="M206 842H594" stroke="${p.dark}" stroke-width="40" stroke-dasharray="3 6" stroke-linecap="butt"/>`,
      body(p, front),
      `<path d="${front}" fill="url(#k)"/>`,
      shade(p, 'M300 250C310 420 300 600 290 790L250 788C262 600 270 420 262 250Z', 0.18),
      shade(p, 'M470 250C486 420 496 600 504 794L548 790C540 600 528 420 512 250Z', 0.2),
      highlight('M330 250H450C460 420 462 600 460 780H340C346 600 344 420 330 250Z', 0.55),
      `<path d="M184 700C300 716 500 716 616 700M182 734C300 750 500 750 618 734" stroke="${p.accent}" stroke-opacity=".5" stroke-width="10" fill="none"/>`,
      `<path d="M180 800C300 818 500 818 624 800" stroke="${p.base}" stroke-width="44" stroke-dasharray="3 6" stroke-linecap="butt" fill="none"/>`,
      '<rect x="120" y="206" width="560" height="34" rx="17" fill="#b08a5e" stroke="#6f5235" stroke-width="3"/>',
      line(p, 'M136 216H664', 4, 0.5, '#e2c9a2'),
    ].join('')
  },
}
