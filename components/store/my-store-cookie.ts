export const MY_STORE_COOKIE = 'aisle_store'
