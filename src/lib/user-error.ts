/**
 * An error whose message is all a webmaster needs (content to fix, in Chinese):
 * Astro prints an error's stack trace only when it has one, so this one has none.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
    this.stack = '';
  }
}
