/** A stored time as the admin's lead components show it: "30 Nov 2026, 17:57 UTC" (empty when unset). */
export const when = (at: string | null | undefined): string =>
  at
    ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(at),
      ) + ' UTC'
    : ''
