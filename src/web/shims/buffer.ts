/** Node's Buffer for the shared modules (esbuild injects it where they name Buffer). */
export { Buffer } from 'buffer';
