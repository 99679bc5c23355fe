/** A command line that cannot be carried out as written (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
