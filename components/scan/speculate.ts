/**
 * Starts loading a page the shopper is about to open. A 1-D barcode needs a second frame to be
 * trusted; between the first sighting and that confirmation the product page is prerendered
 * (Speculation Rules, Chromium) or at least prefetched, so the confirmed scan opens it at once.
 */
export function speculate(href: string) {
  if (document.querySelector(`script[data-speculate="${CSS.escape(href)}"], link[data-speculate="${CSS.escape(href)}"]`)) return
  if (HTMLScriptElement.supports?.('speculationrules')) {
    const script = document.createElement('script')
    script.type = 'speculationrules'
    script.dataset.speculate = href
    script.textContent = JSON.stringify({ prerender: [{ source: 'list', urls: [href], eagerness: 'immediate' }] })
    document.head.append(script)
    return
  }
  const link = document.createElement('link')
  link.rel = 'prefetch'
  link.href = href
  link.dataset.speculate = href
  document.head.append(link)
}
