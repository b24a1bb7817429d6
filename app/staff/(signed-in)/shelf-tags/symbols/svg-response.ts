/** A symbol as its own vector image: the label's `<img>` prints as sharp as the printer allows. */
export function svgResponse(svg: string, cacheControl: string): Response {
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': cacheControl } })
}
