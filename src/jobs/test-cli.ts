// The CLI entry the tests of src/jobs start as child processes (`node --import tsx`), as bin/isnad.js runs the built one.
import { main } from '../cli/main.js';

process.exitCode = await main(process.argv);
