/** Worker-thread entry for `generate --jobs N` (loaded by piscina from dist/). */
import { runJob, type JobOptions, type JobResult } from './generate-job.js';

export default function work({ path, opts }: { path: string; opts: JobOptions }): Promise<JobResult> {
  return runJob(path, opts);
}
