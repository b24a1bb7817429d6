import type { MetadataRoute } from 'next'

// Colours from app/globals.css: the page background (also the viewport's theme colour) and the accent.
const BACKGROUND = '#f7f5f1'

/** The web app manifest (served at /manifest.webmanifest); the icons and screenshots come from scripts/make-pwa-assets.mjs. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Aisle — clothing, shoes and everyday goods',
    short_name: 'Aisle',
    description: 'Shop, scan shelf tags, check what is in stock at your store, reserve for pickup and carry your member card.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    lang: 'en',
    dir: 'ltr',
    theme_color: BACKGROUND,
    background_color: BACKGROUND,
    categories: ['shopping', 'lifestyle'],
    prefer_related_applications: false,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/badge-96.png', sizes: '96x96', type: 'image/png', purpose: 'monochrome' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      {
        name: 'Scan a barcode or shelf tag',
        short_name: 'Scan',
        description: 'Open the camera and look up a product by its barcode',
        url: '/scan',
        icons: [{ src: '/icons/shortcut-scan-96.png', sizes: '96x96', type: 'image/png' }],
      },
      {
        name: 'Member wallet',
        short_name: 'Wallet',
        description: 'Your member card, points and receipts — also offline',
        url: '/wallet',
        icons: [{ src: '/icons/shortcut-wallet-96.png', sizes: '96x96', type: 'image/png' }],
      },
    ],
    screenshots: [
      { src: '/icons/screenshot-narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'The Aisle home page on a phone' },
      { src: '/icons/screenshot-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'The Aisle home page on a laptop' },
    ],
  }
}
