import { goldGradient } from './metal'
import { highlight, type ItemArt } from './scene'

export const lipstick: ItemArt = {
  floor: 842,
  shadow: 200,
  scale: 1.2,
  detail: { x: 400, y: 380, zoom: 2.2 },
  draw: (p) =>
    [
      `<defs>${goldGradient}</defs>`,
      `<path d="M352 450V300L448 250V450Z" fill="url(#v)" stroke="${p.edge}" stroke-width="3"/>`,
      highlight('M366 440V300L384 290V440Z', 0.9),
      `<rect x="340" y="440" width="120" height="130" rx="4" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`,
      `<rect x="326" y="560" width="148" height="282" rx="8" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`,
      `<path d="M326 600H474" stroke="#5a4318" stroke-opacity=".5" stroke-width="3"/>`,
      `<rect x="516" y="612" width="124" height="230" rx="8" fill="url(#g)" stroke="#5a4318" stroke-width="3"/>`,
      `<circle cx="578" cy="700" r="22" fill="${p.base}" stroke="#5a4318" stroke-width="3"/>`,
    ].join(''),
}
