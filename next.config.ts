import path from 'node:path'
import type { NextConfig } from 'next'
import { withSerwist } from '@serwist/turbopack'
import securityHeaders from './lib/http/security-headers.json'
import { prepareVendorFiles } from './lib/http/prepare-vendor-files'

/**
 * Engines that ship their own binaries (the barcode reader's WebAssembly, face tracking's models
 * and tfjs backend) are served from our origin, never a CDN: the files are copied out of
 * node_modules into public/vendor/ (models with float16 weights) whenever Next loads this config
 * (build, start, dev), so a fresh install needs no extra step. Files already there are left alone.
 */
function copyVendorFiles() {
  prepareVendorFiles({ nodeModules: path.join(process.cwd(), 'node_modules'), publicDir: path.join(process.cwd(), 'public') })
}
copyVendorFiles()

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pg',
    // Face tracking runs only in the browser (its ESM build); the server never loads it, and its
    // Node build would pull in @tensorflow/tfjs-node, which we do not install.
    '@vladmandic/human',
  ],
  // A second build output (tests, benchmarks) can live beside the main one without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  agentRules: false,
  reactStrictMode: true,
  // The same headers go on the fast lane's answers in server.mjs.
  async headers() {
    return [
      { source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) },
      // Vendor paths carry the package version, so a file never changes under its URL.
      { source: '/vendor/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // The service worker keeps its URL across versions: no cache in between may hold on to an old one.
      { source: '/serwist/:path*', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
    ]
  },
  images: {
    // Product art is generated SVG from our own origin; no remote hosts.
    dangerouslyAllowSVG: false,
  },
}

// The service worker is bundled by esbuild inside app/serwist/[path]/route.ts; withSerwist keeps esbuild out of Next's bundles.
export default withSerwist(nextConfig)
