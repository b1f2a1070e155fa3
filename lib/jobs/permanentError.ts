/** A job that can never succeed (retrying it would fail the same way): it fails for good at once. */
export class PermanentJobError extends Error {}
