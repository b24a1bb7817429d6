import { createHash } from 'node:crypto'
import { createSerwistRoute } from '@serwist/turbopack'

// The build output folder, as next.config.ts chooses it.
const distDir = process.env.NEXT_DIST_DIR || '.next'
/** Larger files are engines for one page, not the shell (the whole precache is about 1.2 MB). */
const MAX_PRECACHED_BYTES = 250_000

/**
 * The service worker (/serwist/sw.js, bundled from app/sw.ts when the app is built), served with
 * `Service-Worker-Allowed: /` so it may control the whole origin.
 *
 * Precached: the build's scripts, styles and fonts, the app icons and the offline page. Not the few
 * large engines that load only where they are used (barcode rendering, camera decoding): the worker
 * keeps those when a page first loads them. The offline page's revision is a hash of everything
 * else in the list, so a new build (new asset names inside its HTML) always precaches a fresh copy.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  // esbuild-wasm is not installed: the native binary that ships with esbuild does the bundling.
  useNativeEsbuild: true,
  // A classic script rather than a module worker, so every browser with service workers runs it.
  esbuildOptions: { format: 'iife' },
  globPatterns: [`${distDir}/static/**/*.{js,css,woff2}`, 'public/icons/*.{png,svg}'],
  globIgnores: ['public/icons/screenshot-*'],
  manifestTransforms: [
    (entries) => {
      const shell = entries.filter((e) => e.size <= MAX_PRECACHED_BYTES)
      const version = createHash('sha256')
      for (const e of shell) version.update(`${e.url} ${e.revision ?? ''}\n`)
      const revision = version.digest('hex').slice(0, 16)
      return { manifest: [...shell, { url: '/offline', revision, size: 0 }], warnings: [] }
    },
  ],
})
