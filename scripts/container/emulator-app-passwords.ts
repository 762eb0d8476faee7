// A second emulator for the container tests, in which Bitbucket still accepts
// app passwords (the standalone emulator/cli.ts models them as removed, as
// Bitbucket Cloud has since 2026-07-28, and its admin API cannot switch that).
//   npx tsx scripts/container/emulator-app-passwords.ts --port N
// Prints the URL once it listens; SIGTERM stops it.
import { startEmulator } from '../../emulator/index.js';

const i = process.argv.indexOf('--port');
const emu = await startEmulator({ port: i === -1 ? 0 : Number(process.argv[i + 1]) });
emu.bitbucket.appPasswordsRemoved = false;
console.log(`# emulator (app passwords still accepted) listening on ${emu.url}`);
const stop = () => void emu.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
