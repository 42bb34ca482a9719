import type { Output } from './run-check';
import { UsageError } from './parse-args';

/**
 * Exit codes shared by the commands (design.md: 0 ran, 1 errors found with --strict, 2 bad input),
 * and 3: every input was read and checked, but some output (report, annotated copy, summary)
 * could not be written.
 */
export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_NOT_WRITTEN = 3;

/**
 * A command's parsed arguments, or the exit code once the usage has been printed: to stdout when
 * help was asked for, to stderr after the reason when the arguments were wrong.
 */
export function argsOrExit<T extends { help: boolean }>(parse: (argv: string[]) => T, argv: string[], usage: string, io: Output): T | number {
  let args: T;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    io.err(usage);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(usage);
    return EXIT_OK;
  }
  return args;
}
