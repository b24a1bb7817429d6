import type { Metadata } from 'next'
import { StockDesk } from '@/components/staff/stock/stock-desk'
import type { StockKind } from '@/components/staff/stock/stock-entry'
import { staffPage } from '@/components/staff/staff-styles'
import { getDb } from '@/lib/db'
import { can } from '@/lib/staff/roles'
import { listStores } from '@/lib/stores'
import { requireStaff } from '../../_data/staff'
import { findMember, findStockItem, recordStock } from './_actions/stock'

export const metadata: Metadata = { title: 'Stock' }

const permissionOf = {
  sale: 'stock:sale',
  receipt: 'stock:receipt',
  return: 'stock:return',
  damage: 'stock:damage',
  count: 'stock:count',
  transfer: 'stock:transfer',
} as const satisfies Record<StockKind, string>

const actions = { find: findStockItem, record: recordStock, member: findMember }

/** In-store sales, receipts, returns and (managers) damage, counts and transfers, one scanned item at a time. */
export default async function StockPage() {
  const staff = await requireStaff('/staff/stock')
  const stores = await listStores(await getDb())
  const here = stores.find((s) => s.id === staff.storeId)
  const kinds = (Object.keys(permissionOf) as StockKind[]).filter((k) => can(staff, permissionOf[k]))
  return (
    <div className={`${staffPage} space-y-4 py-4 sm:py-5`}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Stock</h1>
        <p className="text-sm text-muted">Sales, deliveries and returns at {here?.name ?? 'your store'}{kinds.includes('count') ? ', with damage, counts and transfers' : ''}.</p>
      </div>
      <StockDesk
        storeId={staff.storeId}
        kinds={kinds}
        stores={stores.filter((s) => s.id !== staff.storeId).map((s) => ({ id: s.id, name: s.name }))}
        actions={actions}
        version={new Date().toISOString()}
      />
    </div>
  )
}
