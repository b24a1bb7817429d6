/**
 * Files the browser loads from our origin that come out of npm packages. The version is in the
 * URL so the file can be cached forever; bump it with the package (a test checks they agree).
 */
export const vendorFiles = [
  { from: 'zxing-wasm/dist/reader/zxing_reader.wasm', publicPath: 'vendor/zxing-wasm-3.1.8/zxing_reader.wasm' },
] as const

export const vendorUrl = (publicPath: (typeof vendorFiles)[number]['publicPath']) => `/${publicPath}`
