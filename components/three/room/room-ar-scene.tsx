'use client'

import { Canvas, useThree } from '@react-three/fiber'
import { createXRStore, useXR, useXRHitTest, useXRStore, XR, XRDomOverlay, type XRStore } from '@react-three/xr'
import { useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { buttonClass } from '@/components/ui/button-styles'
import { loadModel, type LoadedModel } from '@/lib/models/load'
import { arFailure, type ArStatus } from './ar-status'

type RoomArSceneProps = {
  glb: string
  variant: string
  productName: string
  /** Bumped by each tap on the page's button: one session request per new value. */
  attempt: number
  onStatus: (status: ArStatus) => void
}

let shared: XRStore | null = null

/**
 * One XR store for the page's lifetime: it appends the DOM-overlay root to <body>, and destroying
 * it on unmount would break React's development double mount. Only what this scene needs is
 * requested: hit testing (required: without it nothing can be placed) and a DOM overlay for the
 * Exit button. Never the emulator: a desktop must not pretend to be a headset.
 */
function arStore(): XRStore {
  shared ??= createXRStore({
    emulate: false,
    offerSession: false,
    enterGrantedSession: false,
    hitTest: 'required',
    domOverlay: true,
    anchors: false,
    handTracking: false,
    bodyTracking: false,
    layers: false,
    meshDetection: false,
    planeDetection: false,
    controller: false,
    hand: false,
    gaze: false,
    screenInput: false,
    transientPointer: false,
  })
  return shared
}

/**
 * Lighting from three's procedural room (no files), as in the product page's 3D view. Made once
 * the session runs: until the camera is open nothing is drawn, and a page whose session request
 * failed (or a phone with a slow GPU) should not pay for it.
 */
function RoomLighting() {
  const session = useXR((s) => s.session)
  const get = useThree((s) => s.get)
  useEffect(() => {
    const { gl, scene } = get()
    if (!session || scene.environment) return
    const pmrem = new THREE.PMREMGenerator(gl)
    const environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture
    pmrem.dispose()
    scene.environment = environment
    scene.environmentIntensity = 0.6
  }, [session, get])
  return (
    <>
      <ambientLight intensity={0.5} />
      <directionalLight position={[-1, 3, 1.5]} intensity={1.2} />
    </>
  )
}

type Placeable = { model: LoadedModel; lift: number; footprint: number }

/** Loads the model in the chosen colour, standing on its base (loadModel centres it on its box). */
async function loadPlaceable(url: string, variant: string, signal: AbortSignal): Promise<Placeable> {
  const model = await loadModel(url, signal)
  await model.setVariant(variant)
  const box = new THREE.Box3().setFromObject(model.scene)
  const size = box.getSize(new THREE.Vector3())
  return { model, lift: -box.min.y, footprint: Math.max(size.x, size.z) }
}

/**
 * The AR session: loads the model while the camera starts, shows a reticle where the centre of the
 * screen meets a floor or table, and puts the model there, at real scale, on each tap.
 */
export default function RoomArScene({ glb, variant, productName, attempt, onStatus }: RoomArSceneProps) {
  const store = arStore()
  const [placeable, setPlaceable] = useState<Placeable | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const abort = new AbortController()
    loadPlaceable(glb, variant, abort.signal).then(setPlaceable, () => {
      if (!abort.signal.aborted) setFailed(true)
    })
    return () => abort.abort()
  }, [glb, variant])

  return (
    // The page never shows this canvas: in a session the browser draws it over the camera.
    <div aria-hidden="true" className="pointer-events-none fixed top-0 left-0 size-px overflow-hidden opacity-0">
      <Canvas
        frameloop="demand"
        dpr={1}
        camera={{ near: 0.01, far: 30 }}
        gl={{ antialias: true, alpha: true, toneMapping: THREE.NeutralToneMapping }}
      >
        <XR store={store}>
          <EnterAr attempt={attempt} onStatus={onStatus} />
          <RoomLighting />
          <Placement placeable={placeable} failed={failed} productName={productName} />
        </XR>
      </Canvas>
    </div>
  )
}

function EnterAr({ attempt, onStatus }: { attempt: number; onStatus: (status: ArStatus) => void }) {
  const store = useXRStore()
  const handled = useRef(0)

  useEffect(() => store.onSessionEnd(() => onStatus({ kind: 'ended' })), [store, onStatus])

  useEffect(() => {
    if (handled.current === attempt) return
    handled.current = attempt
    // A session may only be requested in answer to a tap; a slow download can outlast the tap.
    if (navigator.userActivation && !navigator.userActivation.isActive) {
      onStatus({ kind: 'needs-tap' })
      return
    }
    store.enterAR().then(
      (session) => onStatus(session ? { kind: 'active' } : { kind: 'failed', reason: 'unsupported' }),
      (error: unknown) => onStatus({ kind: 'failed', reason: arFailure(error) }),
    )
  }, [store, attempt, onStatus])
  return null
}

// Scratch values for the per-frame hit test (no allocation per frame).
const hitMatrix = new THREE.Matrix4()
const hitQuaternion = new THREE.Quaternion()
const hitScale = new THREE.Vector3()
const normal = new THREE.Vector3()
const eye = new THREE.Vector3()
const UP = new THREE.Vector3(0, 1, 0)
/** cos 35°: steeper than this is a wall or a cushion's side, not somewhere to set things down. */
const LEVEL = 0.82

type Phase = 'searching' | 'aiming' | 'placed'

function Placement({ placeable, failed, productName }: { placeable: Placeable | null; failed: boolean; productName: string }) {
  const session = useXR((s) => s.session)
  const gl = useThree((s) => s.gl)
  const reticle = useRef<THREE.Group>(null)
  const placed = useRef<THREE.Group>(null)
  /** Where the centre of the screen meets a level surface this frame, when it does. */
  const target = useRef({ point: new THREE.Vector3(), found: false })
  const [phase, setPhase] = useState<Phase>('searching')

  useXRHitTest((results, getWorldMatrix) => {
    const hit = target.current
    hit.found = results.length > 0 && getWorldMatrix(hitMatrix, results[0])
    if (hit.found) {
      hitMatrix.decompose(hit.point, hitQuaternion, hitScale)
      hit.found = normal.set(0, 1, 0).applyQuaternion(hitQuaternion).dot(UP) >= LEVEL
    }
    const ring = reticle.current
    if (ring) {
      ring.visible = hit.found
      ring.position.copy(hit.point)
    }
    if (hit.found && phase === 'searching') setPhase('aiming')
  }, 'viewer')

  useEffect(() => {
    if (!session || !placeable) return
    const onSelect = () => {
      const group = placed.current
      const hit = target.current
      if (!group || !hit.found) return
      group.position.copy(hit.point)
      // Turned to face the shopper, upright whatever the phone's tilt.
      gl.xr.getCamera().getWorldPosition(eye)
      group.rotation.set(0, Math.atan2(eye.x - group.position.x, eye.z - group.position.z), 0)
      setPhase('placed')
    }
    session.addEventListener('select', onSelect)
    return () => session.removeEventListener('select', onSelect)
  }, [session, placeable, gl])

  const message = failed
    ? 'The 3D model did not load. Exit and try again.'
    : !placeable
      ? 'Loading the model…'
      : phase === 'searching'
        ? 'Move your phone slowly to find the floor or a table.'
        : phase === 'aiming'
          ? `Tap to place the ${productName}.`
          : `The ${productName} at its real size. Tap elsewhere to move it.`

  return (
    <>
      <group ref={reticle} visible={false}>
        <mesh rotation-x={-Math.PI / 2}>
          <ringGeometry args={[0.06, 0.075, 48]} />
          <meshBasicMaterial color="#ffffff" transparent opacity={0.9} />
        </mesh>
      </group>
      {placeable && (
        <group ref={placed} visible={phase === 'placed'}>
          <primitive object={placeable.model.scene} position-y={placeable.lift} />
          <ContactShadow size={placeable.footprint * 1.5} />
        </group>
      )}
      <XRDomOverlay className="fixed inset-0 flex flex-col items-center justify-between gap-4 p-4 pb-10">
        <p role="status" className="rounded-full bg-surface px-4 py-2 text-center text-sm font-semibold text-ink shadow-sm">
          {message}
        </p>
        <button type="button" ref={keepTapsOnOverlay} className={buttonClass('secondary', 'shadow-sm')} onClick={() => session?.end()}>
          Exit AR
        </button>
      </XRDomOverlay>
    </>
  )
}

/** A tap on an overlay button must not also place the model behind it. */
function keepTapsOnOverlay(el: HTMLElement | null) {
  if (!el) return
  const stop = (e: Event) => e.preventDefault()
  el.addEventListener('beforexrselect', stop)
  return () => el.removeEventListener('beforexrselect', stop)
}

/** A soft dark disc under the model, so it sits on the floor rather than floating above it. */
function ContactShadow({ size }: { size: number }) {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 64
    const ctx = canvas.getContext('2d')
    if (ctx) {
      const gradient = ctx.createRadialGradient(32, 32, 0, 32, 32, 32)
      gradient.addColorStop(0, 'rgba(0,0,0,0.45)')
      gradient.addColorStop(1, 'rgba(0,0,0,0)')
      ctx.fillStyle = gradient
      ctx.fillRect(0, 0, 64, 64)
    }
    return new THREE.CanvasTexture(canvas)
  }, [])
  useEffect(() => () => texture.dispose(), [texture])
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={0.001} renderOrder={-1}>
      <planeGeometry args={[size, size]} />
      <meshBasicMaterial map={texture} transparent depthWrite={false} />
    </mesh>
  )
}
