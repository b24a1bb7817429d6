import { redirect } from 'next/navigation'
import { STAFF_HOME } from '@/lib/staff/next-path'

/** /staff opens the pickup desk, the screen staff use most. */
export default function StaffHome() {
  redirect(STAFF_HOME)
}
