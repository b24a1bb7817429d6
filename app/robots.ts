import type { MetadataRoute } from 'next'
import { siteUrl } from './site-url'

export default function robots(): MetadataRoute.Robots {
  return {
    // Search result pages are endless permutations of facets; the sitemap lists what matters.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/search'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
