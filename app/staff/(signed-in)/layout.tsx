import { StaffHeader } from '@/components/staff/staff-header'
import { signOutAction } from '../_actions/session'
import { signedInStaff, staffStore } from '../_data/staff'

/**
 * Every staff screen but sign-in: who is signed in, their store and role, and the way out. The
 * gate itself is each page's `requireStaff`, which knows its own URL to come back to after
 * sign-in (a layout neither knows it nor re-renders on client navigations); signed out, the page
 * redirects and this renders no header.
 */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const staff = await signedInStaff()
  const store = staff ? await staffStore(staff.storeId) : null
  return (
    <>
      {staff && <StaffHeader staff={staff} storeName={store?.name ?? staff.storeId} signOutAction={signOutAction} />}
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
    </>
  )
}
