/**
 * The environment a process this one starts (migrations, the build, the server) runs with: this
 * process's own, with `overrides` on top. `npm start` and `npm run dev` fill in the database, the port
 * and the secrets this way.
 */
export const childProcessEnv = (overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...overrides,
})
