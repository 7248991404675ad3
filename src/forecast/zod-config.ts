import { config } from 'zod/mini';

// zod can compile validators with `new Function`, which a strict Content-Security-Policy blocks
// (and reports). zod/mini's objects do not do it today; this keeps it so, whatever a later zod
// does. Imported before any schema is built.
config({ jitless: true });
