import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

export const tote: ItemArt = {
  shadow: 250,
  detail: { x: 400, y: 520, zoom: 2.2 },
  draw: (p) =>
    [
      line(p, 'M316 482C316 300 484 300 484 482', 24, 1, p.deep),
      body(p, 'M204 480H596L620 846H180Z'),
      shade(p, 'M204 480 180 846H236L252 480Z', 0.22),
      shade(p, 'M596 480 620 846H564L548 480Z', 0.3),
      highlight('M270 500H420L408 820H262Z', 0.5),
      line(p, 'M290 500C290 290 510 290 510 500', 26, 1, p.edge),
      line(p, 'M290 500C290 290 510 290 510 500', 20, 1, p.dark),
      [290, 510].map((x) => `<rect x="${x - 18}" y="482" width="36" height="48" rx="4" fill="${p.dark}" stroke="${p.edge}" stroke-width="2"/>`).join(''),
      stitch(p, 'M208 516H592'),
      line(p, 'M204 480H596', 3, 0.5),
      `<rect x="350" y="600" width="100" height="60" rx="4" fill="${p.accent}" fill-opacity=".8"/>`,
      line(p, 'M366 624H434M376 640H424', 3, 0.6, p.base),
    ].join(''),
}
