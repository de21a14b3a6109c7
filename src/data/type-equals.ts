/**
 * `true` only when A and B are the same type. Mutual assignability is not enough: it lets an
 * optional field on one side, or an `any`, through; comparing how each type checks an unknown T does not.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`, so `Assert<Equals<X, Y>>` fails `tsc -b` as soon as X and Y drift apart. */
export type Assert<T extends true> = T;
