import type { Metadata, Viewport } from 'next'
import { InstallCapture } from '@/components/pwa/install-capture'
import { InstallPrompt } from '@/components/pwa/install-prompt'
import { ServiceWorker } from '@/components/pwa/service-worker'
import { UpdatePrompt } from '@/components/pwa/update-prompt'
import { inter } from './fonts'
import { siteUrl } from './site-url'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: 'Aisle — clothing, shoes and everyday goods', template: '%s · Aisle' },
  description:
    'Shop apparel, footwear, eyewear, accessories, beauty and home at Aisle. See what is in stock at the store near you, aisle by aisle.',
  applicationName: 'Aisle',
  openGraph: { siteName: 'Aisle', type: 'website', locale: 'en_US' },
  // Installed on iOS (Share → Add to Home Screen): its own window, our icon, the short name.
  appleWebApp: { capable: true, title: 'Aisle', statusBarStyle: 'default' },
  // Listing the Apple icon replaces the one app/icon.svg would add by itself, so both are named here.
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' }, apple: '/icons/apple-touch-icon.png' },
}

export const viewport: Viewport = {
  themeColor: '#f7f5f1',
  width: 'device-width',
  initialScale: 1,
}

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh">
        <InstallCapture />
        {children}
        <ServiceWorker />
        {/* The app's own notices, stacked at the bottom edge: a new version, and the offer to install. */}
        <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-3">
          <UpdatePrompt />
          <InstallPrompt />
        </div>
      </body>
    </html>
  )
}
