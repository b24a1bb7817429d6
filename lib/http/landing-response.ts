import type { Landing } from '../catalog/landing'
import { problemResponse } from './problem'

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** A phone camera opened the link, so a person reads this: a short page, not a JSON problem. */
function invalidPage(reason: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This code can’t be read · Aisle</title>
<style>
body{margin:0;padding:2rem 1rem;font:16px/1.5 system-ui,sans-serif;background:#f7f5f1;color:#1c1917}
main{max-width:32rem;margin:0 auto}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
a{display:inline-flex;align-items:center;min-height:44px;margin-right:1.5rem;color:#0f5a4a;font-weight:600}
</style>
</head>
<body>
<main>
<h1>This code can’t be read</h1>
<p>${escapeHtml(reason)}</p>
<p>Scan the barcode on the item itself, or ask a team member.</p>
<p><a href="/scan">Scan a barcode</a><a href="/">Shop Aisle</a></p>
</main>
</body>
</html>`
}

/**
 * The answer to a printed code's URL: 303 to the product (or to the scan page's "we don't carry
 * this item"), never cached since it may set the shopper's store; 400 for a code that cannot be one.
 */
export function landingResponse(landing: Landing, accept: string | null): Response {
  if (landing.kind !== 'invalid') {
    return new Response(null, { status: 303, headers: { location: landing.href, 'cache-control': 'no-store' } })
  }
  if (/\btext\/html\b/.test(accept ?? '')) {
    return new Response(invalidPage(landing.reason), {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  return problemResponse(400, 'invalid-code', 'Invalid code', landing.reason)
}
