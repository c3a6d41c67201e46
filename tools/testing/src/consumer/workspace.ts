import { fileURLToPath } from 'node:url';

/** The workspace root (where `npm pack --workspace` and Nx run). */
export const WORKSPACE = fileURLToPath(new URL('../../../..', import.meta.url));
