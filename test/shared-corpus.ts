import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared evaluation data, beside the repository (`../shared`). Tests that need it skip when it is absent. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const CORPUS = `${SHARED}corpus`;
export const GROUNDTRUTH = `${SHARED}groundtruth`;
export const corpusAvailable = existsSync(`${CORPUS}/gold.jsonl`) && existsSync(`${CORPUS}/articles.jsonl`);
