/** A brushed-gold gradient (id "g") for caps, collars and lipstick cases. */
export const goldGradient =
  '<linearGradient id="g" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#7a5c26"/><stop offset=".3" stop-color="#f0d9a0"/><stop offset=".55" stop-color="#c39a52"/><stop offset="1" stop-color="#6a4e1e"/></linearGradient>'

/** A label with two lines of "type" in the item's accent colour. */
export function label(x: number, y: number, w: number, h: number, ink: string): string {
  const cx = x + w / 2
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="#f6f1e7" stroke="#000" stroke-opacity=".12"/>` +
    `<path d="M${cx - w * 0.3} ${y + h * 0.4}H${cx + w * 0.3}" stroke="${ink}" stroke-width="6"/>` +
    `<path d="M${cx - w * 0.2} ${y + h * 0.65}H${cx + w * 0.2}" stroke="${ink}" stroke-opacity=".5" stroke-width="3"/>`
  )
}
