import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { vendorFiles } from './vendor-files'

describe('vendor files served from our origin', () => {
  it.each(vendorFiles)('$publicPath exists in its package and names the installed version', (file) => {
    const source = path.join(process.cwd(), 'node_modules', file.from)
    expect(fs.existsSync(source)).toBe(true)
    const pkg = file.from.split('/')[0]
    const { version } = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8'))
    // The URL is cached forever, so it must change when the package does.
    expect(file.publicPath).toContain(`${pkg}-${version}/`)
  })
})
