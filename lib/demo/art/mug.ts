import { highlight, line, type ItemArt } from './scene'

export const mug: ItemArt = {
  floor: 842,
  shadow: 230,
  scale: 1.25,
  detail: { x: 470, y: 560, zoom: 2.1 },
  draw: (p, seed) =>
    [
      line(p, 'M520 600C630 596 630 768 520 764', 42, 1, p.edge),
      line(p, 'M520 600C630 596 630 768 520 764', 34, 1, p.dark),
      `<path d="M250 540H530V800Q530 842 488 842H292Q250 842 250 800Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      `<path d="M252 806H528Q524 842 488 842H292Q256 842 252 806Z" fill="#d9c6aa" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M276 560H316V800H276Z', 0.8),
      `<ellipse cx="390" cy="540" rx="140" ry="28" fill="${p.deep}" stroke="${p.edge}" stroke-width="3"/>`,
      `<ellipse cx="390" cy="546" rx="124" ry="18" fill="#000" fill-opacity=".25"/>`,
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<circle cx="${290 + ((seed * 37 + i * 83) % 220)}" cy="${590 + ((seed * 17 + i * 61) % 200)}" r="2.5" fill="${p.deep}" fill-opacity=".5"/>`).join(''),
    ].join(''),
}
