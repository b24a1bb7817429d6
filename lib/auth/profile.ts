// The member's own details: name and phone. The email is the sign-in identity and changes only by support.
import { sql } from 'drizzle-orm'
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { emitEvent, writeTx } from '../inventory/ledger'
import { PhoneTaken } from './errors'
import { ProfileInput } from './schemas'
import type { Member } from './sign-in'

const isUniqueViolation = (e: unknown) => ((e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code) === '23505'

/**
 * Saves name and phone (normalised to E.164; empty clears it). A phone that is another member's is
 * refused, not taken over: folding two profiles together is identity resolution's job, after a
 * sign-in has proven both belong to one person.
 */
export async function updateProfile(db: Db, memberId: string, input: unknown): Promise<Member> {
  const { name, phone } = ProfileInput.parse(input)
  try {
    return await writeTx(db, async (tx) => {
      if (phone) {
        const [other] = await rows<{ id: string }>(tx, sql`select id from members where phone = ${phone} and id <> ${memberId}`)
        if (other) throw new PhoneTaken()
      }
      const [member] = await rows<Member>(tx, sql`update members set name = ${name}, phone = ${phone} where id = ${memberId} returning id, email, name, phone`)
      await emitEvent(tx, 'member.changed', null, { memberId, fields: ['name', 'phone'] })
      return member
    })
  } catch (e) {
    // Two members saving one number at the same moment: the unique index decides, the loser hears why.
    if (isUniqueViolation(e)) throw new PhoneTaken()
    throw e
  }
}

/** A stored E.164 number as people read it ("+1 312 555 0143"); it normalises back to itself. */
export const formatPhone = (e164: string | null): string => (e164 ? (parsePhoneNumberFromString(e164)?.formatInternational() ?? e164) : '')
