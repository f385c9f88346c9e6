export interface GoldenCase {
  file: string;
  args: string[];
  code: number;
}
export declare const ROOT: string;
export declare const GOLDEN: string;
export declare function cases(): GoldenCase[];
export declare function runCase(c: GoldenCase): { code: number | null; stdout: string; stderr: string };
