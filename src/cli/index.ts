export { runCli } from './run';
export type { Command, CommandIo, ParsedArgs, OptionSpec } from './command';
