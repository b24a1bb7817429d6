import localFont from 'next/font/local'

// Self-hosted: the app must never fetch assets from a third-party host at run time.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  // 'optional': no late swap, so the headline's first paint is its final one (LCP), and no shift.
  display: 'optional',
  variable: '--font-inter',
})
