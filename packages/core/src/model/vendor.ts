/**
 * Identifier of a vendor integration. Each vendor package exports its own literal
 * (`'closebot'`, `'opencx'`, `'twin24'`, `'smarterbot'`); the type stays open so a new vendor
 * needs no change here.
 */
export type VendorId = string;
