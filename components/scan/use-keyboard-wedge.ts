'use client'

import { useEffect, useRef } from 'react'
import { createWedgeDetector, type WedgeOptions } from '@/lib/scan/wedge'

/** Sets a text field's value the way typing does, so React's onChange sees it. */
function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Listens for a USB/Bluetooth barcode scanner in keyboard-wedge mode anywhere on the page (kiosk,
 * staff till, /scan on a desktop) and hands over each scanned code. The Enter that ends a scan is
 * swallowed, and when the scan landed in a text field its characters are taken back out, so a
 * scanner never submits a half-filled form or leaves digits in a search box.
 */
export function useKeyboardWedge(onScan: (code: string) => void, { enabled = true, ...options }: WedgeOptions & { enabled?: boolean } = {}) {
  const onScanRef = useRef(onScan)
  useEffect(() => {
    onScanRef.current = onScan
  })
  const { maxGapMs, minLength } = options

  useEffect(() => {
    if (!enabled) return
    const detector = createWedgeDetector({ maxGapMs, minLength })
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return detector.reset()
      const code = detector.key(event.key, event.timeStamp)
      if (code === null) return
      event.preventDefault()
      event.stopPropagation()
      const target = event.target
      if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value.endsWith(code)) {
        setFieldValue(target, target.value.slice(0, -code.length))
      }
      onScanRef.current(code)
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [enabled, maxGapMs, minLength])
}
