import { fileURLToPath } from 'node:url';

/** The vendors whose specs the mock server embeds, with their fixed default ports. */
export const defaultPorts = {
  /** CloseBot's mock. */
  closebot: 4010,
  /** OpenCX's mock. */
  opencx: 4011,
  /** Twin's mock. */
  twin24: 4012,
  /** SmarterBot's mock. */
  smarterbot: 4013,
} as const;

/** A vendor the mock server can serve: `'closebot'`, `'opencx'`, `'twin24'` or `'smarterbot'`. */
export type MockVendor = keyof typeof defaultPorts;

/** Every vendor the mock server can serve, in port order (what `vendors` defaults to). */
export const mockVendors = Object.keys(defaultPorts) as MockVendor[];

/** Path of a vendor's embedded spec (a generated copy of specs/<vendor>/openapi.yaml). */
export function specPath(vendor: MockVendor): string {
  // Resolved next to this module, so it works from src/ in the repo and from dist/ when installed.
  // fileURLToPath, not `.pathname`: a path with spaces or a Windows drive must stay a real path.
  return fileURLToPath(new URL(`./generated/specs/${vendor}.openapi.yaml`, import.meta.url));
}
