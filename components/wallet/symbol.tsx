'use client'

import { useEffect, useState } from 'react'

type SymbolProps = {
  kind: 'qr' | 'code128'
  text: string
  /** What a screen reader hears instead of the picture. */
  label: string
  className?: string
}

/** The symbol's SVG, drawn in the browser (so it draws offline too); the engine loads only on pages that show one. */
const draw = async (kind: SymbolProps['kind'], text: string) => (await import('./draw-symbol')).drawSymbol(kind, text)

/**
 * A QR code or Code 128, black on white with its quiet zone, scaled to its box. The encoded text
 * is also in `data-code` (what a test or a support person can read without a camera).
 */
export function CodeSymbol({ kind, text, label, className = '' }: SymbolProps) {
  const [svg, setSvg] = useState<{ text: string; markup: string } | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    draw(kind, text).then(
      (markup) => live && setSvg({ text, markup }),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [kind, text])
  const ready = svg?.text === text
  return (
    <div
      role="img"
      aria-label={label}
      data-code={text}
      data-symbol={kind}
      data-ready={ready ? 'true' : 'false'}
      className={`bg-white [&>svg]:block [&>svg]:size-full ${className}`}
      dangerouslySetInnerHTML={ready ? { __html: svg.markup } : undefined}
    >
      {ready ? undefined : <span className="grid size-full place-items-center text-center text-sm text-muted">{failed ? 'The code could not be drawn. Use the number below.' : ''}</span>}
    </div>
  )
}
