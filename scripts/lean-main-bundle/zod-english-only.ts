/**
 * Stands in for zod's locales index in the main-process bundle: zod would otherwise evaluate all of
 * its 40-odd translations on every CLI start (about 25 ms) while the workbench speaks English only.
 */
export { default as en } from 'zod/v4/locales/en.js';
