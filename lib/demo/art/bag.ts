import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

export const bag: ItemArt = {
  floor: 842,
  shadow: 240,
  scale: 1.1,
  detail: { x: 400, y: 690, zoom: 2.3 },
  draw: (p) =>
    [
      line(p, 'M214 600C180 230 620 230 586 600', 20, 1, p.edge),
      line(p, 'M214 600C180 230 620 230 586 600', 14, 1, p.dark),
      body(p, 'M222 560H578Q620 560 620 602V800Q620 842 578 842H222Q180 842 180 800V602Q180 560 222 560Z'),
      shade(p, 'M180 780V800Q180 842 222 842H578Q620 842 620 800V780Z', 0.25),
      body(p, 'M180 602Q180 560 222 560H578Q620 560 620 602V700Q604 744 560 744H240Q196 744 180 700Z'),
      highlight('M210 574H590V640H210Z', 0.6),
      stitch(p, 'M196 606Q198 576 226 576H574Q602 576 604 606V698Q592 726 560 728H240Q208 726 196 698Z'),
      [214, 586].map((x) => `<rect x="${x - 12}" y="586" width="24" height="30" rx="6" fill="none" stroke="#c9a656" stroke-width="6"/>`).join(''),
      `<rect x="372" y="718" width="56" height="44" rx="8" fill="#d8b868" stroke="#8a6d2c" stroke-width="3"/>`,
      line(p, 'M388 740H412', 4, 0.8, '#8a6d2c'),
    ].join(''),
}
