/** The SmarterBot records exactly as the spec's schemas shape them, and the dataset's view of them. */

/** One lead or appointment exactly as LeadList sends it (`LeadRecord` in the spec). */
export interface SmarterBotLeadRecord {
  /** Whether the visitor left contact details (`Lead`) or asked for an appointment. */
  readonly Type: 'Lead' | 'Appointment';
  /** `null` when the visitor gave no name (the spec's `nullFields` example). */
  readonly Name: string | null;
  /** The e-mail address the visitor gave, as typed. */
  readonly Email: string;
  /** `''` when no phone number was collected, as the vendor usually sends it. */
  readonly PhoneNumber: string;
  /** Microseconds and the chatbot's offset, e.g. `2026-03-02T10:04:11.123456-08:00`. */
  readonly CreateTime: string;
  /** `null` for some plain leads (the spec's `nullFields` example). */
  readonly Content: string | null;
  /** The session the record was captured in; always one of the same chatbot's sessions. */
  readonly SessionID: number;
  /** The page of that session (scheme often missing, as in the spec's examples). */
  readonly URI: string;
  /** Undocumented by the vendor; here the number of turns of the session (our reading). */
  readonly Count: number;
}

/** One turn of a session exactly as ChatContentHistory sends it (`ChatMessageRecord`). */
export interface SmarterBotChatMessageRecord {
  /** `AI` for a chatbot reply, `User` for a visitor message. */
  readonly Type: 'AI' | 'User';
  /** The message text. */
  readonly Content: string;
}

/** One session exactly as ChatContentHistory sends it (`ChatSessionRecord`). */
export interface SmarterBotChatSessionRecord {
  /** The conversation's id, the same as `SessionID` in LeadList records. */
  readonly SessionID: number;
  /** When the session started: microseconds and the chatbot's offset. */
  readonly CreateTime: string;
  /** The page the conversation happened on (scheme often missing). */
  readonly URI: string;
  /** The turns in order; `null` for a session without turns (the spec's `nullMessages` example). */
  readonly Messages: readonly SmarterBotChatMessageRecord[] | null;
}

/** A chatbot of the dataset. The API cannot list chatbots, so clients must know the serial number. */
export interface SmarterBotDatasetChatbot {
  /** 32 lower-case hex characters, like the LeadList examples. */
  readonly serialNumber: string;
  /** The UTC offset its timestamps are written in: `Z`, `-08:00` or `-05:00`. */
  readonly utcOffset: string;
}

/** A session with what the wire record does not say: its chatbot and its instant. */
export interface SmarterBotDatasetSession {
  /** The chatbot the session belongs to (`SmarterBotDatasetChatbot.serialNumber`). */
  readonly serialNumber: string;
  /** The start as a UTC ISO instant with milliseconds (what the botbridge normalizer yields). */
  readonly createdAt: string;
  /** The start's UTC calendar day, `YYYY-MM-DD`: what the day window filters on. */
  readonly day: string;
  /** The session exactly as ChatContentHistory sends it. */
  readonly record: SmarterBotChatSessionRecord;
}

/** A lead or appointment with its chatbot and instant. */
export interface SmarterBotDatasetLead {
  /** The chatbot that captured the lead (`SmarterBotDatasetChatbot.serialNumber`). */
  readonly serialNumber: string;
  /** The capture time as a UTC ISO instant with milliseconds. */
  readonly createdAt: string;
  /** The capture time's UTC calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  /** The lead exactly as LeadList sends it. */
  readonly record: SmarterBotLeadRecord;
}
