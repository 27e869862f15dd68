import { CommanderError } from 'commander';
import { EXIT, internalError, isKitError } from '../diagnostics/index.js';
import { translateCommanderError } from './commander-errors.js';
import { processIo, type Io } from './io.js';
import { createProgram, type RunState } from './program.js';
import { printError } from './report.js';

/**
 * The only entry of the command line: parses argv, runs the command, prints errors in French
 * and returns the exit code (bin/kit.js hands it to the process). No stack trace reaches the
 * user unless KIT_DEBUG=1.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const state: RunState = { exitCode: 0 };
  const program = createProgram(io, state);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      const command = argv.find((arg) => !arg.startsWith('-')) ?? '';
      const usage = translateCommanderError(error, program.commands.some((c) => c.name() === command) ? command : '');
      printError(io, usage);
      return usage.exitCode;
    }
    const kitError = isKitError(error) ? error : internalError(error);
    printError(io, kitError);
    return kitError.exitCode;
  }
}
