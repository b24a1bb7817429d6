'use client'

import { OrbitControls } from '@react-three/drei'
import { Canvas, useThree, type RootState } from '@react-three/fiber'
import { useEffect, useRef, useState, type ComponentRef } from 'react'
import * as THREE from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { loadModel, type LoadedModel } from '@/lib/models/load'
import type { ViewerApi } from './viewer-api'

type ModelSceneProps = {
  url: string
  variant: string
  autoRotate: boolean
  onApi: (api: ViewerApi | null) => void
  onReady: () => void
  onVariant: (variant: string) => void
  onError: (error: unknown) => void
  onInteract: () => void
}

const FOV = 35
const START = new THREE.Spherical(1, Math.PI * 0.4, -Math.PI * 0.22)

/** Lighting from three's procedural room (no files), so metals and glossy acetate have something to reflect. */
function addEnvironment({ gl, scene }: RootState): void {
  const pmrem = new THREE.PMREMGenerator(gl)
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture
  scene.environmentIntensity = 0.6
  pmrem.dispose()
}

type ModelProps = { model: LoadedModel; distance: number; onApi: (api: ViewerApi | null) => void; autoRotate: boolean; onInteract: () => void }

function Model({ model, distance, onApi, autoRotate, onInteract }: ModelProps) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null)
  const { camera, invalidate } = useThree()

  useEffect(() => {
    const place = (s: THREE.Spherical) => {
      camera.position.setFromSpherical(s)
      camera.lookAt(0, 0, 0)
      controls.current?.update()
      invalidate()
    }
    place(new THREE.Spherical(distance, START.phi, START.theta))
    onApi({
      rotate: (yaw, pitch) => {
        const s = new THREE.Spherical().setFromVector3(camera.position)
        s.theta += yaw
        s.phi = THREE.MathUtils.clamp(s.phi + pitch, 0.15, Math.PI - 0.15)
        onInteract()
        place(s)
      },
      zoom: (factor) => {
        const s = new THREE.Spherical().setFromVector3(camera.position)
        s.radius = THREE.MathUtils.clamp(s.radius * factor, distance * 0.4, distance * 2.5)
        onInteract()
        place(s)
      },
      reset: () => place(new THREE.Spherical(distance, START.phi, START.theta)),
    })
    return () => onApi(null)
  }, [onApi, camera, distance, invalidate, onInteract])

  return (
    <>
      <primitive object={model.scene} />
      <OrbitControls
        ref={controls}
        makeDefault
        enablePan={false}
        minDistance={distance * 0.4}
        maxDistance={distance * 2.5}
        autoRotate={autoRotate}
        autoRotateSpeed={1.2}
        onStart={onInteract}
      />
    </>
  )
}

/** The 3D scene: loads the model, frames it, and switches its colour variant when `variant` changes. */
export default function ModelScene({ url, variant, autoRotate, onApi, onReady, onVariant, onError, onInteract }: ModelSceneProps) {
  const [model, setModel] = useState<LoadedModel | null>(null)
  const [shown, setShown] = useState<string | null>(null)

  useEffect(() => {
    const abort = new AbortController()
    loadModel(url, abort.signal).then(setModel, (error: unknown) => {
      if (!abort.signal.aborted) onError(error)
    })
    return () => abort.abort()
  }, [url, onError])

  useEffect(() => {
    if (!model) return
    let current = true
    model.setVariant(variant).then((ok) => {
      if (!current || !ok) return
      setShown(variant)
      onVariant(variant)
    }, onError)
    return () => {
      current = false
    }
  }, [model, variant, onVariant, onError])

  const distance = model ? (model.radius / Math.sin(THREE.MathUtils.degToRad(FOV / 2))) * 1.1 : 1
  return (
    <Canvas
      frameloop={autoRotate ? 'always' : 'demand'}
      dpr={[1, 2]}
      camera={{ fov: FOV, near: 0.01, far: 20, position: [0, 0, 1] }}
      // Neutral tone mapping keeps the catalogue colours close to their swatches.
      gl={{ antialias: true, alpha: true, toneMapping: THREE.NeutralToneMapping }}
      onCreated={addEnvironment}
      aria-hidden="true"
    >
      <ambientLight intensity={0.35} />
      <directionalLight position={[-1, 2, 1.5]} intensity={1.2} />
      {model && <Model model={model} distance={distance} onApi={onApi} autoRotate={autoRotate} onInteract={onInteract} />}
      {model && <ReadyWhenDrawn onReady={onReady} />}
      <RedrawOn value={shown} />
    </Canvas>
  )
}

/** On demand rendering (no auto-rotate) draws only when asked: a new colour must ask. */
function RedrawOn({ value }: { value: unknown }) {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => invalidate(), [value, invalidate])
  return null
}

/** Calls back once a frame with the model in it has been drawn. */
function ReadyWhenDrawn({ onReady }: { onReady: () => void }) {
  const { gl, scene, camera, invalidate } = useThree()
  useEffect(() => {
    gl.render(scene, camera)
    invalidate()
    onReady()
  }, [gl, scene, camera, invalidate, onReady])
  return null
}
