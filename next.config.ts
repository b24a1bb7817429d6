import type { NextConfig } from 'next'
import securityHeaders from './lib/http/security-headers.json'

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // A second build output (tests, benchmarks) can live beside the main one without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  agentRules: false,
  reactStrictMode: true,
  // The same headers go on the fast lane's answers in server.mjs.
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }]
  },
  images: {
    // Product art is generated SVG from our own origin; no remote hosts.
    dangerouslyAllowSVG: false,
  },
}

export default nextConfig
