import { runClear } from './run-clear';
import { EXIT_BAD_INPUT } from './run-check';

/** Entry point of `npm run clear`: no stack trace ever reaches a clerk's terminal. */
runClear(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(`清除失败 / Clear failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = EXIT_BAD_INPUT;
  });
