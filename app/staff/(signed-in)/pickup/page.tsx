import type { Metadata } from 'next'
import { DeskLiveStatus } from '@/components/staff/pickup/desk-live-status'
import { PickupDesk } from '@/components/staff/pickup/desk-context'
import { PickupScanBox } from '@/components/staff/pickup/pickup-scan-box'
import { ReservationLanes } from '@/components/staff/pickup/reservation-lanes'
import { staffPage } from '@/components/staff/staff-styles'
import { getDb } from '@/lib/db'
import { listStoreReservations } from '@/lib/reservations'
import { closedToday, pickLocations, transferSources } from '@/lib/staff/desk'
import { can } from '@/lib/staff/roles'
import { requireStaff, staffStore } from '../../_data/staff'
import { cancelAction, collectAction, lookupPickup, markReadyAction, resolveAction } from './_actions/reservations'

export const metadata: Metadata = { title: 'Pickup desk' }

const actions = { lookup: lookupPickup, markReady: markReadyAction, collect: collectAction, cancel: cancelAction, resolve: resolveAction }

/** The store's reservations by what they need next, with hand-over by scan; it follows the store live. */
export default async function PickupDeskPage() {
  const staff = await requireStaff('/staff/pickup')
  const db = await getDb()
  const [open, closed, store] = await Promise.all([
    listStoreReservations(db, staff, staff.storeId),
    closedToday(db, staff, staff.storeId),
    staffStore(staff.storeId),
  ])
  const locations = await pickLocations(db, staff, staff.storeId, open.flatMap((r) => r.lines.map((l) => l.variantId)))
  const canTransfer = can(staff, 'reservations:transfer')
  const attention = open.filter((r) => r.status === 'attention')
  const sources = canTransfer ? Object.fromEntries(await Promise.all(attention.map(async (r) => [r.id, await transferSources(db, staff, r)] as const))) : {}
  const now = new Date()

  return (
    <PickupDesk storeId={staff.storeId} actions={actions}>
      <div className={`${staffPage} space-y-4 py-4 sm:py-5`}>
        <div className="flex flex-wrap items-stretch gap-4">
          <div className="flex min-w-52 flex-col justify-center gap-2">
            <div>
              <h1 className="text-2xl font-bold tracking-tight">Pickup desk</h1>
              <p className="text-sm text-muted">{store?.name ?? 'Your store'}</p>
            </div>
            <DeskLiveStatus version={now.toISOString()} />
          </div>
          <PickupScanBox />
        </div>
        <ReservationLanes open={open} closed={closed} locations={Object.fromEntries(locations)} sources={sources} canTransfer={canTransfer} now={now} />
      </div>
    </PickupDesk>
  )
}
