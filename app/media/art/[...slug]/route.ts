import { parseArtPath, renderArt } from '@/lib/demo/art/render'

/**
 * Demo product art: an SVG drawn purely from the URL (`/media/art/{kind}/{hex}/{view}/{seed}.svg`),
 * so it needs no database and the same URL is always the same image.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string[] }> }): Promise<Response> {
  const { slug } = await ctx.params
  const request = parseArtPath(slug)
  if (!request) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return new Response(renderArt(request), {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
