/**
 * The `command` target: the user's own deploy script, run once per plan step with the step in
 * environment variables. A script that outlives its timeout is killed with its whole process group.
 */
import { spawn } from 'node:child_process';

export interface CommandStep {
  action: string;
  model: string;
  version: string;
  stage: string;
  slot: string;
  traffic: number;
  mirror: boolean;
  artifactDir: string;
  previousVersion?: string;
}

export interface CommandResult {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
  /** The last 16 KiB of combined stdout and stderr. */
  output: string;
}

const KEEP = 16 * 1024;

/** The environment a deploy script sees: MLOPS_ACTION, MLOPS_MODEL, MLOPS_VERSION, MLOPS_TRAFFIC … */
export function stepEnv(step: CommandStep): Record<string, string> {
  return {
    MLOPS_ACTION: step.action,
    MLOPS_MODEL: step.model,
    MLOPS_VERSION: step.version,
    MLOPS_STAGE: step.stage,
    MLOPS_SLOT: step.slot,
    MLOPS_TRAFFIC: String(step.traffic),
    MLOPS_MIRROR: step.mirror ? 'true' : 'false',
    MLOPS_ARTIFACT_DIR: step.artifactDir,
    MLOPS_PREVIOUS_VERSION: step.previousVersion ?? '',
  };
}

/** Runs `command` through bash in `cwd` for one step; never throws for a failing or hanging script. */
export function runCommand(command: string, step: CommandStep, options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), ...stepEnv(step) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEEP);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    const finish = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, durationMs: Date.now() - started, output });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(127, null);
    });
    child.on('close', finish);
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
