import type { Payload } from 'payload'

import type { SeedUser } from '../env/seedUsers'

/** Creates each user whose email is not taken yet; never changes an existing account. */
export async function seedUsers(payload: Payload, users: SeedUser[]): Promise<string[]> {
  const created: string[] = []
  for (const user of users) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: user.password,
        role: user.role,
        name: `${user.role[0]!.toUpperCase()}${user.role.slice(1)} (seed)`,
      },
    })
    created.push(user.email)
  }
  return created
}
