/**
 * Child process for the crash tests: runs an import, a planned import's commit
 * alone (mode 'commit': the files planned by the parent, committed under the
 * lock as runImport does, without re-reading the exports, which is slow on a
 * shared machine) or a recovery, and kills itself with `signal` at the
 * `killAt`-th hook call (1-based), as a power cut or Ctrl-C would. Without
 * killAt it runs to the end and prints how many hook calls there were.
 * Usage: node --import tsx kill-child.ts '<json>'
 */
import { readFileSync } from 'node:fs';
import { sleepSync } from '../../../src/importer/write/durable.ts';

export interface ChildJob {
  mode: 'import' | 'commit' | 'recover';
  /** For 'commit': a JSON file holding [{ path, text }]. */
  planFile?: string;
  contentDir: string;
  files?: string[];
  force?: boolean;
  killAt?: number;
  signal?: NodeJS.Signals;
  /** Milliseconds to sleep before each move (a slow disk), so concurrent imports overlap. */
  slowMs?: number;
  lockWaitMs?: number;
}

const job: ChildJob = JSON.parse(process.argv[2]);
let calls = 0;
const tick = () => {
  calls += 1;
  if (calls === job.killAt) process.kill(process.pid, job.signal ?? 'SIGKILL');
};
const hooks = {
  beforeMove: () => {
    if (job.slowMs) sleepSync(job.slowMs);
  },
  afterStep: tick,
};
// Modules are loaded per mode: each test starts dozens of these processes.
if (job.mode === 'recover') {
  const { recoverContentDir } = await import('../../../src/importer/write/recover.ts');
  recoverContentDir(job.contentDir, {}, { beforeRestore: tick });
} else if (job.mode === 'commit') {
  const files = JSON.parse(readFileSync(job.planFile!, 'utf8'));
  const { commitFiles } = await import('../../../src/importer/write/commit.ts');
  const { withContentFolder } = await import('../../../src/importer/write/exclusive.ts');
  withContentFolder(job.contentDir, {}, () => commitFiles(job.contentDir, files, hooks));
} else {
  const { runImport } = await import('../../../src/importer/run.ts');
  const result = runImport({
    files: job.files!,
    contentDir: job.contentDir,
    force: job.force,
    hooks,
    lockWaitMs: job.lockWaitMs ?? 0,
    onLockWait: () => console.error('waited'),
  });
  if (result.plan.conflicts.length)
    throw new Error(`conflicts: ${result.plan.conflicts.map((c) => c.path).join(', ')}`);
}
console.log(JSON.stringify({ calls }));
