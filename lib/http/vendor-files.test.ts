import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { vendorFiles, vendorPackage } from './vendor-files'

describe('vendor files served from our origin', () => {
  it.each(vendorFiles)('$publicPath exists in its package and names the installed version', (file) => {
    const source = path.join(process.cwd(), 'node_modules', file.from)
    expect(fs.existsSync(source)).toBe(true)
    const pkg = vendorPackage(file)
    const { version } = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8'))
    // The URL is cached forever, so it must change when the package does: vendor/<name>-<version>/…
    expect(file.publicPath.split('/')[1]).toMatch(new RegExp(`^[a-z0-9-]+-${version.replaceAll('.', '\\.')}$`))
  })

  it('gives each package one folder of its own', () => {
    const folders = new Map<string, Set<string>>()
    for (const file of vendorFiles) {
      const folder = file.publicPath.split('/')[1]
      folders.set(folder, (folders.get(folder) ?? new Set()).add(vendorPackage(file)))
    }
    expect([...folders.values()].filter((packages) => packages.size > 1)).toEqual([])
    expect(new Set(vendorFiles.map(vendorPackage)).size).toBe(folders.size)
  })

  it('covers face tracking: human’s detector, mesh and iris models and the tfjs WebAssembly backend', () => {
    const packages = new Set(vendorFiles.map(vendorPackage))
    expect(packages).toContain('@vladmandic/human')
    expect(packages).toContain('@tensorflow/tfjs-backend-wasm')
  })
})
