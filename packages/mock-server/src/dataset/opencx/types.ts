/** The OpenCX records as the spec's read operations serve them, and the dataset's public face. */
import type { VendorDataset } from '../types.js';

/** Channel kinds of the spec's `ChannelType`. */
export type OpenCxChannelType =
  | 'web'
  | 'email'
  | 'phone_voice'
  | 'slack'
  | 'sms'
  | 'whatsapp'
  | 'instagram'
  | 'messenger'
  | 'api'
  | 'web_voice';

/** The spec's `SessionStatus`. */
export type OpenCxSessionStatus = 'open' | 'closed_resolved' | 'closed_unresolved';

/** The spec's `Sentiment`. */
export type OpenCxSentiment = 'angry' | 'happy' | 'neutral';

/** The spec's `AiClosureType`. */
export type OpenCxAiClosureType = 'assumed_resolved' | 'handed_off' | 'resolved';

/** Flat custom data: string, number or boolean values. */
export type OpenCxCustomData = Readonly<Record<string, string | number | boolean>>;

/** A contact as `listContacts` returns it (the spec's `Contact`); timestamps are ISO 8601 UTC. */
export interface OpenCxContact {
  readonly id: string;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly name: string | null;
  readonly custom_data: OpenCxCustomData | null;
  /** The creation time of the contact's first session. */
  readonly created_at: string;
  /** The latest `updated_at` of the contact's sessions. */
  readonly updated_at: string;
}

/**
 * The contact embedded in a session (the spec's `SessionContact`): the fields of the matching
 * `OpenCxContact` without its timestamps, plus the `non_verified_*` fields for unverified contacts.
 */
export interface OpenCxSessionContact {
  readonly id: string;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly name: string | null;
  readonly custom_data: OpenCxCustomData | null;
  readonly non_verified_name?: string | null;
  readonly non_verified_email?: string | null;
  readonly non_verified_custom_data?: OpenCxCustomData | null;
}

/** A chat session (the spec's `ChatSession`); timestamps are ISO 8601 UTC with milliseconds. */
export interface OpenCxChatSession {
  /** A lower-case UUID. */
  readonly id: string;
  readonly status: OpenCxSessionStatus;
  readonly ai_closure_type: OpenCxAiClosureType | null;
  readonly sentiment: OpenCxSentiment | null;
  readonly channel: { readonly type: OpenCxChannelType };
  readonly ticket_number: number;
  readonly assist_mode: boolean;
  /** The time of the first history item (or of the empty session's creation). */
  readonly created_at: string;
  /** The time of the last history item (`created_at` for a session without history). */
  readonly updated_at: string;
  readonly contact: OpenCxSessionContact;
  readonly language: string;
  /** A human agent's id as a string, or the AI agent's numeric id 555. */
  readonly assignee_id?: string | number;
  readonly custom_data?: OpenCxCustomData;
  readonly team?: { readonly id: string; readonly name: string; readonly description: string };
  /** Present exactly on the sessions that were handed off to a human. */
  readonly handoff?: { readonly summary: string; readonly sentiment?: OpenCxSentiment };
  readonly ticketing_system?: {
    readonly name: string;
    readonly external_id: string;
    readonly id_type: string;
  };
}

/** A file attached to a history event (the spec's `ChatHistoryAttachment`). */
export interface OpenCxAttachment {
  readonly id: string;
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** MIME type. */
  readonly type: string;
  readonly url: string;
}

/** One entry of a session's timeline (the spec's `ChatHistoryItem`): a message or an event. */
export interface OpenCxHistoryItem {
  /** A lower-case UUID. */
  readonly id: string;
  readonly created_at: string;
  readonly event: {
    /**
     * `message`, `handoff`, `human_agent_joined`, `human_agent_takeover`, `ai_resolved_issue` or
     * `status_changed`.
     */
    readonly type: string;
    /** `contact`, `ai` or `human_agent`. */
    readonly sender: { readonly type: string; readonly name: string | null };
    readonly content?: { readonly type: 'text'; readonly text: string | null };
    readonly attachments: readonly OpenCxAttachment[];
    readonly context: Readonly<Record<string, unknown>>;
  };
}

/** The OpenCX dataset: answers the spec's operations and exposes its records read-only. */
export interface OpenCxDataset extends VendorDataset {
  /** `records` sessions in generation order: oldest `created_at` first. */
  readonly sessions: readonly OpenCxChatSession[];
  /**
   * The contacts the sessions reference, in the order of their first session (oldest first).
   * Sessions share contacts, so there are `ceil(records * 3 / 4)` of them (`records` when ≤ 1);
   * each is referenced by at least one session.
   */
  readonly contacts: readonly OpenCxContact[];
  /**
   * A session's history, oldest first (`[]` for an unknown id). The oldest session has `records`
   * items, every other one 0–8.
   */
  historyOf(sessionId: string): readonly OpenCxHistoryItem[];
}
