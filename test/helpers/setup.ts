/** Runs in every test file (vitest setupFiles): the temporary folders it made go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './paths.js';

afterAll(removeTempDirs);
