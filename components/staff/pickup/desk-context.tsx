'use client'

import { useRouter } from 'next/navigation'
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useKeyboardWedge } from '@/components/scan/use-keyboard-wedge'
import type { ReservationView } from '@/lib/reservations/schemas'
import type { ActionFailure } from '@/lib/staff/action-error'
import type { ShelfStock } from '@/lib/staff/desk'
import { useStaffStream, type StreamState } from '../use-staff-stream'
import { HandOverPanel } from './hand-over-panel'

export type Locations = Record<string, ShelfStock>
type Changed = Promise<{ ok: true; reservation: ReservationView } | ActionFailure>

/** The pickup desk's server actions, passed down from the page. */
export type DeskActions = {
  lookup: (code: string) => Promise<{ ok: true; reservation: ReservationView; locations: Locations } | ActionFailure>
  markReady: (id: string) => Changed
  collect: (id: string) => Changed
  cancel: (id: string, reason: string) => Changed
  resolve: (id: string, fromStoreId?: string) => Changed
}

export type Lookup = { code: string; status: 'looking' } | { code: string; status: 'failed'; error: string } | null

type Desk = {
  actions: DeskActions
  stream: StreamState
  lookup: (code: string) => void
  lookupState: Lookup
  openHandOver: (reservation: ReservationView, locations: Locations) => void
  panelOpen: boolean
}

const DeskContext = createContext<Desk | null>(null)

export function useDesk(): Desk {
  const desk = use(DeskContext)
  if (!desk) throw new Error('useDesk outside <PickupDesk>')
  return desk
}

type PickupDeskProps = { storeId: string; actions: DeskActions; children: React.ReactNode }

/**
 * The desk's shared state: the reservation open for hand-over, the last look-up, the live stream
 * (a change at this store re-reads the lanes) and a USB scanner anywhere on the page.
 */
export function PickupDesk({ storeId, actions, children }: PickupDeskProps) {
  const router = useRouter()
  const [panel, setPanel] = useState<{ reservation: ReservationView; locations: Locations } | null>(null)
  const [lookupState, setLookupState] = useState<Lookup>(null)
  const latest = useRef(0)
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const refreshSoon = useCallback(() => {
    clearTimeout(refreshTimer.current)
    refreshTimer.current = setTimeout(() => router.refresh(), 250)
  }, [router])
  useEffect(() => () => clearTimeout(refreshTimer.current), [])
  const stream = useStaffStream(storeId, { onReservation: refreshSoon, onResync: refreshSoon })

  const lookup = useCallback(
    (raw: string) => {
      const code = raw.trim()
      if (!code) return
      const n = ++latest.current
      setLookupState({ code, status: 'looking' })
      actions.lookup(code).then(
        (result) => {
          if (n !== latest.current) return
          if (result.ok) {
            setLookupState(null)
            setPanel({ reservation: result.reservation, locations: result.locations })
          } else {
            setLookupState({ code, status: 'failed', error: result.error })
          }
        },
        () => n === latest.current && setLookupState({ code, status: 'failed', error: 'The look-up did not reach the system. Try again.' }),
      )
    },
    [actions],
  )

  useKeyboardWedge(lookup)

  const desk = useMemo<Desk>(
    () => ({
      actions,
      stream,
      lookup,
      lookupState,
      openHandOver: (reservation, locations) => setPanel({ reservation, locations }),
      panelOpen: panel !== null,
    }),
    [actions, stream, lookup, lookupState, panel],
  )

  return (
    <DeskContext value={desk}>
      {children}
      {panel && (
        <HandOverPanel
          key={panel.reservation.id}
          reservation={panel.reservation}
          locations={panel.locations}
          collect={actions.collect}
          onClose={() => setPanel(null)}
        />
      )}
    </DeskContext>
  )
}
