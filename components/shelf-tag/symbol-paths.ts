// Where the staff symbol routes (app/staff/shelf-tags/symbols/…) serve each label's SVGs.

export const barcodeSrc = (gtin: string) => `/staff/shelf-tags/symbols/barcode/${gtin}`

export const qrSrc = (storeId: string, gtin: string) => `/staff/shelf-tags/symbols/qr/${encodeURIComponent(storeId)}/${gtin}`
