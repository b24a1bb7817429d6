import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

// Variants by seed mod 3: double-breasted overcoat, belted trench, single-breasted topcoat.
export const coat: ItemArt = {
  shadow: 220,
  detail: { x: 400, y: 340, zoom: 2.1 },
  draw: (p, seed) => {
    const style = seed % 3
    const buttons = style === 2 ? [[400, 470], [400, 570], [400, 670]] : [[362, 470], [438, 470], [362, 570], [438, 570], [362, 670], [438, 670]]
    return [
      body(p, 'M330 180H470L574 214C604 232 618 290 624 350L660 720 600 732 566 420 588 842H212L234 420 200 732 140 720 176 350C182 290 196 232 226 214Z'),
      shade(p, 'M234 420 212 842H266C262 700 266 560 280 420Z'),
      shade(p, 'M566 420 588 842H534C538 700 534 560 520 420Z', 0.3),
      highlight('M300 240C360 262 440 262 500 240C514 330 506 440 472 500C420 520 380 520 330 500C294 440 286 330 300 240Z', 0.5),
      `<path d="M330 180C370 170 430 170 470 180L400 230Z" fill="${p.deep}"/>`,
      body(p, 'M330 178 400 232 400 440 334 330 292 300 318 268 286 236 300 196Z'),
      body(p, 'M470 178 400 232 400 440 466 330 508 300 482 268 514 236 500 196Z'),
      line(p, 'M400 440V842', 3, 0.45),
      buttons.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="10" fill="${p.deep}" stroke="${p.accent}" stroke-width="2" stroke-opacity=".5"/>`).join(''),
      line(p, 'M262 600 300 640M538 600 500 640', 4, 0.5),
      style === 1 ? body(p, 'M226 520H574V552H226Z', p.dark) + `<rect x="384" y="514" width="32" height="44" rx="4" fill="none" stroke="${p.accent}" stroke-width="4"/>` : '',
      stitch(p, 'M220 826H580'),
      body(p, 'M140 720 200 732 198 776 138 764Z'),
      body(p, 'M660 720 600 732 602 776 662 764Z'),
    ].join('')
  },
}
