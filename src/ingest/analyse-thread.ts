import { parentPort, workerData } from 'node:worker_threads';
import type { SourceResult } from '../source/index.js';
import { processForStore, type ProcessConfig } from './process.js';

// An analysis thread (./analyser.ts): source results in, processed results out, tagged by request id.

export interface AnalyseRequest { id: number; item: SourceResult }

const config = workerData as ProcessConfig;
parentPort!.on('message', (m: AnalyseRequest) => {
  parentPort!.postMessage({ id: m.id, processed: processForStore(m.item, config) });
});
