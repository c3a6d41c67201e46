/**
 * The largest value of CloseBot's integer parameters, which are int32 (`format: int32` in the
 * spec): the `max` of every integer check that has no documented cap of its own.
 * @internal
 */
export const INT32_MAX = 2_147_483_647;
