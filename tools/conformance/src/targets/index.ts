import type { ConformanceTarget } from '../target.js';
import { closebot } from './closebot.js';
import { opencx } from './opencx.js';
import { smarterbot } from './smarterbot.js';
import { twin24 } from './twin24.js';

/** Every vendor the conformance suite runs against: one line per vendor. */
export const targets: ConformanceTarget[] = [closebot, opencx, twin24, smarterbot];
