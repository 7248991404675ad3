import { config } from 'zod/mini';

// zod compiles object validators with `new Function` unless told not to; that is blocked on
// pages with a strict Content-Security-Policy. Imported before any schema is built.
config({ jitless: true });
