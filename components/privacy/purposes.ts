import type { ConsentPurpose } from '@/lib/db/tables/customers'

/** What each consent means, in the words the privacy centre and its log use. */
export const purposeText: Record<ConsentPurpose, { title: string; description: string; on: string; off: string }> = {
  marketing_email: {
    title: 'Marketing emails',
    description: 'New arrivals, sales and member offers, now and then. Receipts and pickup updates are sent either way.',
    on: 'Marketing emails turned on',
    off: 'Marketing emails turned off',
  },
  personalised_recommendations: {
    title: 'Personalised recommendations',
    description: 'Suggestions based on what you saved, scanned and bought. Off: everyone sees the same popular products.',
    on: 'Personalised recommendations turned on',
    off: 'Personalised recommendations turned off',
  },
  in_store_recognition: {
    title: 'Recognition in store',
    description: 'Store staff may greet you by name and see your member tier when you show your member card.',
    on: 'Recognition in store turned on',
    off: 'Recognition in store turned off',
  },
}

export const sourceText = (source: string) =>
  ({ 'privacy-centre': 'Privacy centre', api: 'App', 'sign-in': 'Sign-in' } as Record<string, string>)[source] ?? source
