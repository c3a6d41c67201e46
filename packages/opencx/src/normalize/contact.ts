import { type Contact, cleanString, compact, toUtcTimestamp } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { idOf, isObject, normalizationError } from './vendor.js';

/** A contact as `GET /contacts` returns it (named so to keep core's `Contact` unambiguous). */
export type ContactDto = components['schemas']['Contact'];

/**
 * A contact of `GET /contacts`: core's `Contact` fields plus its timestamps and the vendor payload.
 *
 * Core has no contact *record* model: `Contact` is the person embedded in a lead or conversation,
 * and `Source` has no contacts resource because OpenCX is the only vendor with a standalone contact
 * listing. So this type lives here, shaped like core's `Contact` so it can be used wherever one is.
 */
export type OpenCxContactRecord = Contact & {
  /** When the contact was created, as UTC ISO 8601; absent when OpenCX sent no readable time. */
  createdAt?: string;
  /** When the contact last changed, as UTC ISO 8601; absent when OpenCX sent no readable time. */
  updatedAt?: string;
  /** The contact exactly as `GET /contacts` returned it. */
  raw: ContactDto;
};

/**
 * Maps an OpenCX contact of `GET /contacts` to a `Contact`-shaped record. Pure. A contact without an
 * id keeps none: unlike a message, a contact is edited over time, so an id derived from its fields
 * would change with every edit and mislead anyone upserting by it.
 * https://openchat.mintlify.app/api-reference/contacts/list
 */
export function normalizeContactRecord(
  dto: ContactDto,
  operation = 'listContacts',
): OpenCxContactRecord {
  if (!isObject(dto)) throw normalizationError(operation, 'expected a contact object');
  return compact({
    id: idOf(dto.id, 'id', operation),
    name: cleanString(dto.name),
    email: cleanString(dto.email),
    phone: cleanString(dto.phone_number),
    // Documented as plain strings without a date-time format; ISO 8601 in every example.
    createdAt: toUtcTimestamp(dto.created_at),
    updatedAt: toUtcTimestamp(dto.updated_at),
    raw: dto,
  });
}
