import { runCheck, EXIT_BAD_INPUT } from './run-check';
import { terminalProgress } from './terminal-progress';

/** Entry point: no stack trace ever reaches a clerk's terminal. */
runCheck(process.argv.slice(2), {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  ...(process.stderr.isTTY ? { progress: terminalProgress(process.stderr) } : {}),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(`检查失败 / Check failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = EXIT_BAD_INPUT;
  });
