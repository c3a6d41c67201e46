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
  /** The contact's id. */
  readonly id: string;
  /** The verified e-mail address; `null` when there is none. */
  readonly email: string | null;
  /** The phone number (usually E.164); `null` when there is none. */
  readonly phone_number: string | null;
  /** The display name; `null` when there is none. */
  readonly name: string | null;
  /** Contact-level custom data; `null` when there is none. */
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
  /** The contact's id, as in `OpenCxContact.id`. */
  readonly id: string;
  /** The verified e-mail address; `null` when there is none. */
  readonly email: string | null;
  /** The phone number (usually E.164); `null` when there is none. */
  readonly phone_number: string | null;
  /** The verified display name; `null` when there is none. */
  readonly name: string | null;
  /** Contact-level custom data; `null` when there is none. */
  readonly custom_data: OpenCxCustomData | null;
  /** The name an unverified contact gave (not to be trusted); absent or `null` otherwise. */
  readonly non_verified_name?: string | null;
  /** The e-mail an unverified contact gave (not to be trusted); absent or `null` otherwise. */
  readonly non_verified_email?: string | null;
  /**
   * Custom data an unverified contact gave, kept apart from `custom_data`; absent or `null`
   * otherwise.
   */
  readonly non_verified_custom_data?: OpenCxCustomData | null;
}

/** A chat session (the spec's `ChatSession`); timestamps are ISO 8601 UTC with milliseconds. */
export interface OpenCxChatSession {
  /** A lower-case UUID. */
  readonly id: string;
  /** Whether the session is open, or closed resolved or unresolved. */
  readonly status: OpenCxSessionStatus;
  /** How the AI closed the session; `null` while open or when the AI did not close it. */
  readonly ai_closure_type: OpenCxAiClosureType | null;
  /** The contact's sentiment as OpenCX judged it; `null` when not computed. */
  readonly sentiment: OpenCxSentiment | null;
  /** The channel the session takes place on. */
  readonly channel: {
    /** The kind of channel (`web`, `whatsapp`, ...). */
    readonly type: OpenCxChannelType;
  };
  /** The human-readable session number (#4521), carried over to helpdesks. */
  readonly ticket_number: number;
  /** Whether the session runs in assist mode. */
  readonly assist_mode: boolean;
  /** The time of the first history item (or of the empty session's creation). */
  readonly created_at: string;
  /** The time of the last history item (`created_at` for a session without history). */
  readonly updated_at: string;
  /** The session's contact. */
  readonly contact: OpenCxSessionContact;
  /** The conversation's language (`en`, ...). */
  readonly language: string;
  /** A human agent's id as a string, or the AI agent's numeric id 555. */
  readonly assignee_id?: string | number;
  /** Flat session-level custom data set by the integrator; absent when there is none. */
  readonly custom_data?: OpenCxCustomData;
  /** The team the session is assigned to; absent when unassigned. */
  readonly team?: {
    /** The team's id. */
    readonly id: string;
    /** The team's name. */
    readonly name: string;
    /** A free-text description of the team. */
    readonly description: string;
  };
  /** Present exactly on the sessions that were handed off to a human. */
  readonly handoff?: {
    /** An AI-written summary of the conversation at handoff time. */
    readonly summary: string;
    /** The contact's sentiment at handoff; absent when not rated. */
    readonly sentiment?: OpenCxSentiment;
  };
  /** The helpdesk ticket linked to the session; absent when there is none. */
  readonly ticketing_system?: {
    /** The helpdesk (`dynamics365`, ...). */
    readonly name: string;
    /** The ticket's (or conversation's) id in that helpdesk. */
    readonly external_id: string;
    /** What `external_id` refers to (`conversation_id`, ...). */
    readonly id_type: string;
  };
}

/** A file attached to a history event (the spec's `ChatHistoryAttachment`). */
export interface OpenCxAttachment {
  /** The attachment's id (format undocumented). */
  readonly id: string;
  /** The file name. */
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** MIME type. */
  readonly type: string;
  /** Where the file can be downloaded. */
  readonly url: string;
}

/** One entry of a session's timeline (the spec's `ChatHistoryItem`): a message or an event. */
export interface OpenCxHistoryItem {
  /** A lower-case UUID. */
  readonly id: string;
  /** When the event happened (ISO 8601 UTC with milliseconds). */
  readonly created_at: string;
  /** What happened, who caused it, and its content. */
  readonly event: {
    /**
     * `message`, `handoff`, `human_agent_joined`, `human_agent_takeover`, `ai_resolved_issue` or
     * `status_changed`.
     */
    readonly type: string;
    /** `contact`, `ai` or `human_agent`. */
    readonly sender: {
      /** `contact`, `ai` or `human_agent`. */
      readonly type: string;
      /** The sender's display name; `null` when OpenCX knows none. */
      readonly name: string | null;
    };
    /** The event's text content; absent on some events (a human agent joining). */
    readonly content?: {
      /** Always `text`. */
      readonly type: 'text';
      /** The text; `null` on events that carry none (a status change). */
      readonly text: string | null;
    };
    /** Files attached to the event; usually none. */
    readonly attachments: readonly OpenCxAttachment[];
    /**
     * Event-specific extra data, free-form (undocumented). Agent and handoff events repeat their
     * `human_agent_id` / `integration` here, where the newest docs may carry them (inferred).
     */
    readonly context: Readonly<Record<string, unknown>>;
    /**
     * The human agent's numeric id, on `human_agent_joined` and `human_agent_takeover` (where the
     * spec's 2024 source puts it); absent on other events.
     */
    readonly human_agent_id?: number;
    /** The helpdesk a `handoff` went to, on handoffs to a ticketing system; absent otherwise. */
    readonly integration?: {
      /** The helpdesk (`zendesk`, ...), as the session's `ticketing_system.name`. */
      readonly type: string;
    };
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
   * The organization every API key acts for (any key is accepted), as `getOrg` returns it (the
   * spec's `Organization`): created, and last updated, before the dataset's first session.
   */
  readonly organization: {
    /** The organization's display name. */
    readonly name: string;
    /** ISO 8601 UTC with milliseconds. */
    readonly created_at: string;
    /** ISO 8601 UTC with milliseconds; not before `created_at`. */
    readonly updated_at: string;
  };
  /**
   * A session's history, oldest first (`[]` for an unknown id). The oldest session has `records`
   * items, every other one 0–8.
   */
  historyOf(sessionId: string): readonly OpenCxHistoryItem[];
}
