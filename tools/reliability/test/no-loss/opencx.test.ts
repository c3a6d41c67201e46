import { describeNoLoss } from './suite.js';

// The opencx part of the no-loss suite (see suite.ts); one file per vendor, so vendors run in parallel.
describeNoLoss('opencx');
