// Generates the 3D models (GLB with colour variants, USDZ, posters) into public/models/ from the
// procedural geometry in lib/models. Offline and deterministic; the output is committed and a
// unit test (lib/models/generated.test.ts) fails when it is out of date.
//   npm run models
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { modelSpecs } from '../lib/models/catalogue'
import { generateModelFiles } from '../lib/models/generate'

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'models')

fs.rmSync(OUT, { recursive: true, force: true })
let total = 0
for (const spec of modelSpecs) {
  const files = await generateModelFiles(spec)
  const sizes: string[] = []
  for (const [name, bytes] of files) {
    const to = path.join(OUT, name)
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.writeFileSync(to, bytes)
    total += bytes.byteLength
    if (!name.endsWith('.png')) sizes.push(`${name.split('.').pop()} ${(bytes.byteLength / 1024).toFixed(1)} kB`)
  }
  const posters = [...files].filter(([n]) => n.endsWith('.png')).reduce((s, [, b]) => s + b.byteLength, 0)
  console.log(`${spec.key.padEnd(20)} ${sizes.join(', ')}, ${spec.colors.length} posters ${(posters / 1024).toFixed(1)} kB`)
}
console.log(`total ${(total / 1024).toFixed(1)} kB in public/models`)
