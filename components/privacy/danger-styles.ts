// The kit's button shape in the colour that says "this cannot be undone".
const shape = 'inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-5 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60'

export const dangerClass = `${shape} bg-sale text-white hover:bg-[#8f1c13]`
export const dangerOutlineClass = `${shape} border border-sale bg-surface text-sale hover:bg-sale-soft`
