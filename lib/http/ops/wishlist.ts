// The wishlist: documented BFF operations.
import { z } from 'zod'
import type { Operation } from '../operation'
import { SaveInput, SaveResult, Wishlist, WishlistParams } from '../../wishlist/schemas'

const owner = 'For the signed-in member (session cookie), else for this browser (the `aisle_visitor` cookie, assigned on the first save; its list merges into the member at sign-in)'

export const wishlistOperations: Operation[] = [
  {
    path: '/wishlist',
    operationId: 'getWishlist',
    summary: `The wishlist, newest first. ${owner}`,
    auth: ['member'],
    response: Wishlist,
    errors: [],
  },
  {
    path: '/wishlist/{productId}',
    method: 'put',
    operationId: 'saveToWishlist',
    summary: `Save a product (optionally a colour); idempotent: 201 the first time, 200 after. A member's change is a \`wishlist.changed\` event on their stream. ${owner}`,
    pathParams: WishlistParams,
    body: SaveInput,
    auth: ['member'],
    status: 201,
    response: SaveResult,
    errors: [400, 404, 409, 415],
  },
  {
    path: '/wishlist/{productId}',
    method: 'delete',
    operationId: 'removeFromWishlist',
    summary: `Remove a product; idempotent (204 whether or not it was saved). ${owner}`,
    pathParams: WishlistParams,
    auth: ['member'],
    status: 204,
    response: z.null(),
    errors: [400],
  },
]
