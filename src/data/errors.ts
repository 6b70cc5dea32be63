/** Why a profile could not be had, in one human sentence, with the HTTP status when there is one. */
export class ProfileLoadError extends Error {
  override readonly name = 'ProfileLoadError';
  constructor(
    message: string,
    readonly options: { status?: number; src?: string | null; retryable?: boolean; retryAfter?: number } = {},
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.options.status;
  }
}

export function httpMessage(status: number, what = 'The profile'): string {
  const lower = what.charAt(0).toLowerCase() + what.slice(1);
  if (status === 404 || status === 410) return `${what} was not found (HTTP ${status}).`;
  if (status === 401 || status === 403) return `${what} is not public (HTTP ${status}).`;
  if (status === 429) return `Too many requests for ${lower}; try again in a minute (HTTP 429).`;
  if (status >= 500) return `The server could not provide ${lower} right now (HTTP ${status}).`;
  return `${what} could not be loaded (HTTP ${status}).`;
}

export const isAbort = (err: unknown): boolean => (err as { name?: string })?.name === 'AbortError';
