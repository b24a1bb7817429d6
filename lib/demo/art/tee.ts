import { body, highlight, line, shade, stitch, type ItemArt } from './scene'

// Variants by seed mod 3: plain crew, chest pocket, henley placket.
export const tee: ItemArt = {
  shadow: 190,
  detail: { x: 400, y: 280, zoom: 2.4 },
  draw: (p, seed) => {
    const style = seed % 3
    return [
      body(p, 'M322 210C360 240 440 240 478 210L575 238C610 262 640 330 662 398L590 432 552 372 552 812C450 826 350 826 248 812L248 372 210 432 138 398C160 330 190 262 225 238Z'),
      shade(p, 'M248 372V812C262 815 276 817 292 818 284 680 282 520 290 372Z'),
      shade(p, 'M552 372V812C538 815 524 817 510 818 516 680 518 520 512 372Z', 0.3),
      highlight('M300 256C360 282 440 282 500 256C512 330 504 400 470 450C420 470 380 470 330 450C296 400 288 330 300 256Z', 0.6),
      `<path d="M322 210C350 198 450 198 478 210 440 246 360 246 322 210Z" fill="${p.deep}"/>`,
      line(p, 'M322 212C360 254 440 254 478 212', 11, 1, p.dark),
      line(p, 'M326 212C362 248 438 248 474 212', 2, 0.5, p.light),
      line(p, 'M225 238C245 290 250 330 248 372M575 238C555 290 550 330 552 372', 2, 0.35),
      stitch(p, 'M150 380 222 412M650 380 578 412M254 796C350 810 450 810 546 796'),
      style === 1 ? `<rect x="438" y="300" width="62" height="70" rx="4" fill="none" stroke="${p.edge}" stroke-width="2.5" stroke-opacity=".6"/>` + stitch(p, 'M438 312H500') : '',
      style === 2
        ? line(p, 'M400 244V340', 2, 0.5) + [266, 300, 334].map((y) => `<circle cx="411" cy="${y}" r="6" fill="${p.light}" stroke="${p.edge}" stroke-width="2"/>`).join('')
        : '',
    ].join('')
  },
}
