import { describe, expect, it } from 'vitest'
import { generateDemoData } from '../demo/generate'
import { modelForProduct } from './lookup'
import { modelSpecs } from './catalogue'
import { buildModel } from './build'
import * as THREE from 'three'

const data = generateDemoData()
const products = data.products.map((p) => ({
  ...p,
  images: data.productImages.filter((i) => i.productId === p.id).map((i) => i.url),
  colors: data.productColors.filter((c) => c.productId === p.id).map((c) => c.code),
}))

describe('modelForProduct', () => {
  it('gives every eyewear and hat product a model carrying all its colours', () => {
    const wearable = products.filter((p) => /sunglasses|optical|caps|beanies|bucket-hats|wide-brim/.test((p.tags ?? []).join(' ')))
    expect(wearable.length).toBeGreaterThan(30)
    for (const p of wearable) {
      const model = modelForProduct(p.images, p.colors)
      expect(model, p.handle).not.toBeNull()
      expect(model?.variants).toEqual(p.colors)
    }
  })

  it('draws Harbor Sunglasses (a round hero) with the round sunglasses', () => {
    const harbor = products.find((p) => p.handle === 'harbor-sunglasses')
    const model = harbor && modelForProduct(harbor.images, harbor.colors)
    expect(model?.spec.key).toBe('sunglasses-round')
    expect(model?.glb).toBe('/models/sunglasses-round.glb')
    expect(model?.posters.tortoise).toBe('/models/sunglasses-round/tortoise.png')
  })

  it('gives no model to kinds without one, or art it cannot read', () => {
    const sweater = products.find((p) => p.name === 'Alder Merino Crew Sweater')
    expect(sweater && modelForProduct(sweater.images, sweater.colors)).toBeNull()
    expect(modelForProduct(['/media/art/sunglasses/zzzzzz/0/3.svg'], ['black'])).toBeNull()
    expect(modelForProduct(['/media/art/sunglasses/1c1c1e/0/3.svg'], ['pink'])).toBeNull()
  })
})

describe('model scale', () => {
  it('is in metres: glasses about 140 mm across, hats a head wide', () => {
    const width = (key: string) => {
      const spec = modelSpecs.find((s) => s.key === key)
      if (!spec) throw new Error(key)
      return new THREE.Box3().setFromObject(buildModel(spec)).getSize(new THREE.Vector3()).x
    }
    for (const key of ['sunglasses-round', 'sunglasses-aviator', 'optical-panto']) expect(width(key)).toBeGreaterThan(0.13)
    for (const key of ['sunglasses-round', 'sunglasses-aviator', 'optical-panto']) expect(width(key)).toBeLessThan(0.15)
    expect(width('beanie')).toBeGreaterThan(0.15)
    expect(width('beanie')).toBeLessThan(0.2)
  })
})
