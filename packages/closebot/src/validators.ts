/**
 * The response validators of `@botbridge/closebot`: one check per operation and response status,
 * compiled ahead of time from the CloseBot spec (no spec is parsed at run time). They are their own
 * entry point, apart from the package's main one, so that an application that does not validate
 * responses does not ship them. A client validates only with them: pass them as `validators`
 * along with `validateResponses` (`'warn'` or `'strict'`; without them, the client refuses the
 * option with `VendorArgumentError`).
 *
 * ```ts
 * import { createCloseBotClient } from '@botbridge/closebot';
 * import { responseValidators } from '@botbridge/closebot/validators';
 *
 * const client = createCloseBotClient({
 *   apiKey,
 *   validateResponses: 'strict',
 *   validators: responseValidators,
 * });
 * ```
 * @module
 */
export { responseValidators } from './generated/validators.js';
