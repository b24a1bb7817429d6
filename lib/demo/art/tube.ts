import { label } from './metal'
import { highlight, line, type ItemArt } from './scene'

export const tube: ItemArt = {
  floor: 842,
  shadow: 170,
  scale: 1.2,
  detail: { x: 400, y: 420, zoom: 2.2 },
  draw: (p) =>
    [
      `<rect x="338" y="758" width="124" height="84" rx="10" fill="${p.deep}" stroke="${p.edge}" stroke-width="3"/>`,
      line(p, 'M350 774V830M366 774V830M382 774V830M398 774V830M414 774V830M430 774V830M446 774V830', 2, 0.25, '#fff'),
      `<path d="M332 762 298 330H502L468 762Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M316 340H350L366 750H346Z', 0.9),
      `<rect x="292" y="292" width="216" height="44" rx="3" fill="${p.light}" stroke="${p.edge}" stroke-width="3"/>`,
      line(p, 'M300 304H500M300 314H500M300 324H500', 2, 0.3),
      label(330, 480, 140, 150, p.deep),
    ].join(''),
}
