import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/layout/not-found-content'

export const metadata: Metadata = {
  title: 'Not found',
  description: 'The page you were looking for is not at Aisle. Search our products or browse a category.',
}

export default function ShopNotFound() {
  return <NotFoundContent />
}
