/** The organization the API key belongs to, and the operation that reads it: `getOrg`. */
import { DATASET_EPOCH, type Random } from '../random.js';
import type { DatasetResponse } from '../types.js';
import { iso } from './records.js';
import type { OpenCxState } from './state.js';
import type { OpenCxDataset } from './types.js';

type Organization = OpenCxDataset['organization'];

const NAMES = [
  'Northwind Outfitters',
  'Bluebird Travel',
  'Harbor Home Goods',
  'Lumen Software',
  'Cedar & Pine Furniture',
] as const;

const DAY_MS = 86_400_000;

/**
 * The dataset's organization: a seeded name, created 30–180 days before the first session (or
 * before the dataset's epoch when there is none) and last updated between then and that session,
 * so nothing in the dataset is older than the organization it belongs to.
 */
export function generateOrganization(
  random: Random,
  firstSessionMs: number | undefined,
): Organization {
  const first = firstSessionMs ?? DATASET_EPOCH;
  const createdMs = first - random.int(30, 180) * DAY_MS;
  const updatedMs = createdMs + Math.floor(random.next() * (first - createdMs));
  return { name: random.pick(NAMES), created_at: iso(createdMs), updated_at: iso(updatedMs) };
}

/** `GET /org`: the organization any accepted key belongs to. */
export function getOrg(state: OpenCxState): DatasetResponse {
  return { status: 200, body: state.organization };
}
