import type { Metadata, Viewport } from 'next'
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
}

export const viewport: Viewport = {
  themeColor: '#f7f5f1',
  width: 'device-width',
  initialScale: 1,
}

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh">{children}</body>
    </html>
  )
}
