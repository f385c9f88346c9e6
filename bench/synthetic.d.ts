import type { Agreement } from '../src/model/agreement.js';

export function orgNumber(seed: number): string;
export function syntheticAgreement(i: number): Agreement;
export function syntheticAgreements(n: number): Agreement[];
