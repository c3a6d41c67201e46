/**
 * The CloseBot records exactly as the spec's schemas shape them on the wire, plus the hidden facts
 * of a conversation (`CloseBotThread`) that the search filters need but no wire record carries.
 */

/** A lead's short source reference (`LeadSourceDto`): note `id`, where a source says `sourceId`. */
export interface CloseBotLeadSourceRecord {
  readonly id: string;
  readonly name: string;
}

/** One contact field of a lead (`LeadFieldDto`); `value` is always a string. */
export interface CloseBotLeadFieldRecord {
  readonly field: string;
  readonly name: string;
  readonly value: string;
  /** Whether the bot extracted the value from the conversation. */
  readonly aiProduced: boolean;
}

/** A bot's state in a lead's conversation (`BotInstanceDto`). Times are naive UTC strings. */
export interface CloseBotBotInstanceRecord {
  readonly botId: string;
  /** The bot's published version; `null` on test sessions, as always observed there. */
  readonly botVersion: string | null;
  readonly followUpTimezoneKind: string | null;
  readonly followUpTimezone: string | null;
  /** When the next follow-up is due; non-null means "follow-up scheduled" for the search. */
  readonly followUpTime: string | null;
  readonly isSmartFollowUpTime: boolean;
  readonly scheduleRespondTime: string | null;
}

/** A lead exactly as `listLeads`, `searchLeads`, `getLead` and `listTestSessions` send it (`LeadDto`). */
export interface CloseBotLeadRecord {
  /** `lead_` followed by 12 upper-case base-32 characters (the shape of the spec's examples). */
  readonly id: string;
  readonly name: string | null;
  readonly contactId: string | null;
  /** Time of the lead's newest message (naive UTC), `null` when it has none. */
  readonly lastMessageTime: string | null;
  readonly lastMessage: string | null;
  /** `to_bot` or `from_bot` (the observed vocabulary), `null` without messages. */
  readonly lastMessageDirection: string | null;
  readonly lastMessageBotId: string | null;
  /** `ai_off` (the one observed value) or `null`. */
  readonly mostRecentFailureReason: string | null;
  /** Test sessions only: the source whose settings the session imitates. */
  readonly mimicSourceId: string | null;
  readonly starred: boolean;
  readonly unread: boolean;
  readonly source: CloseBotLeadSourceRecord;
  readonly wontRespondUntil: string | null;
  readonly tags: readonly string[];
  /** The fields served without `includeExternal`. */
  readonly fields: readonly CloseBotLeadFieldRecord[];
  readonly instances: readonly CloseBotBotInstanceRecord[];
}

/** A file attached to a message (`BotMetricAttachment`). */
export interface CloseBotAttachmentRecord {
  readonly url: string;
}

/** An activity shown next to a message (`BotMetricActivity`), here a tracked page visit. */
export interface CloseBotActivityRecord {
  readonly activity: string;
  readonly data: string;
  readonly timeData: string;
  readonly faviconUrl: string;
}

/** A message exactly as `listMessages` sends it (`BotMetricMessage`). */
export interface CloseBotMessageRecord {
  /** `msg_` followed by 14 upper-case base-32 characters. */
  readonly messageId: string;
  readonly sourceId: string;
  /** The lead, i.e. the conversation, the message belongs to. */
  readonly leadId: string;
  /** The lead's bot on bot messages, `null` on the contact's (as in the spec's example). */
  readonly botId: string | null;
  /** The persona the bot spoke as on bot messages, `null` on the contact's. */
  readonly personaId: string | null;
  readonly channel: string;
  readonly fromBot: boolean;
  /** `from_bot` or `to_bot`, the observed vocabulary. */
  readonly direction: string;
  readonly message: string;
  readonly attachments: readonly CloseBotAttachmentRecord[];
  /** Naive UTC with whole seconds, e.g. `2026-04-02T09:15:07`. */
  readonly timestamp: string;
  readonly activities: readonly CloseBotActivityRecord[];
}

/** A CRM tag that gates whether a bot answers a contact (`ContactTag`). */
export interface CloseBotContactTagRecord {
  readonly name: string;
  readonly approveDeny: boolean;
  readonly id: string;
}

/** One saved version of a bot (`BotVersionDto`); exactly one version per bot is published. */
export interface CloseBotBotVersionRecord {
  readonly version: string;
  readonly name: string;
  readonly published: boolean;
  readonly modifiedAt: string;
  readonly modifiedBy: string | null;
}

/** A source as embedded in a bot (`BotSourceDto`); `key` is a (fake) CRM credential. */
export interface CloseBotBotSourceRecord {
  readonly id: string;
  readonly category: string;
  readonly key: string | null;
  readonly name: string;
  readonly tags: readonly CloseBotContactTagRecord[];
  /** Channels the bot answers on for this source; a lead's channel is one of them. */
  readonly channelList: readonly string[];
  readonly personaNameOverride: string | null;
  readonly enabled: boolean;
}

/** One follow-up step of a bot (`FollowUpSequenceDto`). */
export interface CloseBotFollowUpRecord {
  readonly order: number;
  readonly duration: number;
  readonly unit: string;
}

/** A tool configured on a bot (`BotToolDto`). */
export interface CloseBotToolRecord {
  readonly id: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly options: Readonly<Record<string, string | number | boolean>> | null;
}

/** A bot exactly as `listBots` and `getBot` send it (`BotDto`). */
export interface CloseBotBotRecord {
  /** `bot_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly id: string;
  readonly name: string;
  readonly modifiedAt: string;
  readonly modifiedBy: string;
  readonly versions: readonly CloseBotBotVersionRecord[];
  readonly sources: readonly CloseBotBotSourceRecord[];
  /** One persona per bot here; bot messages carry it as `personaId`. */
  readonly personaIds: readonly string[];
  readonly favorited: boolean;
  readonly locked: boolean;
  readonly reschedulingEnabled: boolean;
  readonly category: string;
  readonly folderId: string | null;
  readonly followUpActive: boolean;
  readonly followUpSequences: readonly CloseBotFollowUpRecord[];
  readonly smartFollowUp: boolean;
  readonly followUpRepeat: boolean;
  readonly followUpVarianceMinutes: number;
  readonly followUpExtraPrompt: string | null;
  readonly tools: readonly CloseBotToolRecord[];
}

/** A bot as embedded in a source (`SourceBotDto`); mirrors the bot's `CloseBotBotSourceRecord`. */
export interface CloseBotSourceBotRecord {
  readonly id: string;
  readonly botName: string;
  readonly tags: readonly CloseBotContactTagRecord[];
  readonly channels: readonly string[];
  readonly personaNameOverride: string | null;
  readonly enabled: boolean;
}

/** A weekly reply window (`SourceAvailabilityDto`): .NET weekday name and time spans. */
export interface CloseBotAvailabilityRecord {
  readonly dayOfWeekUtc: string;
  readonly startTimeUtc: string;
  readonly duration: string;
}

/** A per-channel weekly window (`BotSourceAvailabilityDto`). */
export interface CloseBotChannelAvailabilityRecord extends CloseBotAvailabilityRecord {
  readonly channel: string;
}

/** An absolute silent period (`SourceDoNotRespondWindowDto`), naive UTC bounds. */
export interface CloseBotDoNotRespondRecord {
  readonly start: string;
  readonly end: string;
}

/** A source's re-billing wallet (`SourceWalletDto`). */
export interface CloseBotWalletRecord {
  readonly reBilling: boolean;
  readonly autoRefill: boolean;
  readonly topUpAmount: number;
  readonly refillThreshold: number;
  readonly stripeCustomerId: string | null;
  readonly currency: string | null;
  readonly responseUnitCostOverride: string | null;
  readonly storageUnitCostOverride: string | null;
  readonly userUnitCostOverride: string | null;
}

/** A source exactly as `listSources` and `getSource` send it (`SourceDto`). */
export interface CloseBotSourceRecord {
  readonly agencyId: string;
  /** `src_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly sourceId: string;
  readonly name: string;
  /** `GHL`, `HubSpot` or `WebHook`. */
  readonly category: string;
  readonly key: string | null;
  /** Fake CRM token; replaced when a listing asks for `forceTokenRefresh=true`. */
  readonly accessToken: string | null;
  readonly address: string;
  readonly connected: boolean;
  readonly autoShutoff: boolean;
  readonly gracefulGoodbye: boolean;
  readonly bots: readonly CloseBotSourceBotRecord[];
  readonly accountsWithAccess: readonly string[];
  readonly isAvailabilityContactTimezone: boolean;
  readonly respondWindows: readonly CloseBotAvailabilityRecord[];
  readonly doNotRespondWindows: readonly CloseBotDoNotRespondRecord[];
  readonly botRespondWindows: readonly CloseBotChannelAvailabilityRecord[];
  readonly isBotRespondWindowsQuietHours: boolean;
  readonly summarizeAttachments: boolean;
  readonly respondToReactions: boolean;
  readonly markConversationAsUnread: boolean;
  readonly webhookCallback: string | null;
  readonly scriptInstalled: boolean;
  readonly scriptLastSeenAt: string | null;
  readonly scriptLastSeenDomain: string | null;
  readonly scriptLastSeenEndpoint: string | null;
  readonly scriptDomainAllowList: readonly string[];
  readonly wallet: CloseBotWalletRecord | null;
  readonly hubSpotOwnerId: string | null;
}

/** What the wire lead does not say about its conversation, used by the search filters. */
export interface CloseBotThread {
  readonly leadId: string;
  readonly botId: string;
  readonly sourceId: string;
  /** The persona the bot speaks as (the search's `personaIds` filter). */
  readonly personaId: string;
  /** The channel of the conversation (the search's `channels` filter). */
  readonly channel: string;
  /** Messages the contact sent (the search's `minimumResponses` filter). */
  readonly contactMessages: number;
  /** CRM fields added by `getLead?includeExternal=true`; none for webhook sources. */
  readonly externalFields: readonly CloseBotLeadFieldRecord[];
  /** True for a test session. */
  readonly testSession: boolean;
}
