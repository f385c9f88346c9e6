/** Worker-thread entry for `generate --jobs N` (loaded by piscina from dist/). */
import { jobResources, runJob, type JobOptions, type JobResources, type JobResult } from './generate-job.js';

/** This worker's templates (compiled on first use) and guide, loaded on its first file and kept. */
let resources: JobResources | undefined;

export default function work({ path, opts }: { path: string; opts: JobOptions }): Promise<JobResult> {
  resources ??= jobResources(opts);
  return runJob(path, opts, resources);
}
