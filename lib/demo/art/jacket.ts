import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

function pocket(p: Parameters<ItemArt['draw']>[0], x: number, y: number, w: number, h: number): string {
  return body(p, `M${x} ${y}h${w}v${h}h${-w}z`) + stitch(p, `M${x + 6} ${y + 14}h${w - 12}`) + shade(p, `M${x} ${y}h${w}v10h${-w}z`, 0.25)
}

export const jacket: ItemArt = {
  shadow: 210,
  detail: { x: 440, y: 330, zoom: 2.2 },
  draw: (p) =>
    [
      body(p, 'M326 196H474L580 228C610 246 624 300 630 360L668 700 606 712 570 420 560 800H240L230 420 194 712 132 700 170 360C176 300 190 246 220 228Z'),
      shade(p, 'M240 420V800H286C278 680 276 540 284 420Z'),
      shade(p, 'M560 420V800H514C520 680 522 540 516 420Z', 0.3),
      highlight('M300 250C360 270 440 270 500 250C512 340 504 430 470 480C420 500 380 500 330 480C296 430 288 340 300 250Z', 0.5),
      body(p, 'M132 700 194 712 196 756 134 744Z'),
      body(p, 'M668 700 606 712 604 756 666 744Z'),
      `<path d="M326 196C370 184 430 184 474 196L400 236Z" fill="${p.deep}"/>`,
      body(p, 'M326 194 400 236 386 300 300 262 292 214Z'),
      body(p, 'M474 194 400 236 414 300 500 262 508 214Z'),
      line(p, 'M400 236V800', 3, 0.5),
      stitch(p, 'M408 240V796'),
      [330, 420, 510, 600, 690].map((y) => `<circle cx="400" cy="${y}" r="9" fill="${p.deep}" stroke="${p.accent}" stroke-width="2" stroke-opacity=".6"/>`).join(''),
      pocket(p, 296, 340, 76, 80),
      pocket(p, 428, 340, 76, 80),
      pocket(p, 270, 560, 96, 104),
      pocket(p, 434, 560, 96, 104),
      stitch(p, 'M246 784H554'),
    ].join(''),
}
