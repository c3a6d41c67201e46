/**
 * The CloseBot records exactly as the spec's schemas shape them on the wire, plus the hidden facts
 * of a conversation (`CloseBotThread`) that the search filters need but no wire record carries.
 */

/** A lead's short source reference (`LeadSourceDto`): note `id`, where a source says `sourceId`. */
export interface CloseBotLeadSourceRecord {
  /** The source's id, the `sourceId` of the matching `CloseBotSourceRecord`. */
  readonly id: string;
  /** The source's name. */
  readonly name: string;
}

/** One contact field of a lead (`LeadFieldDto`); `value` is always a string. */
export interface CloseBotLeadFieldRecord {
  /** The field key (`email`, `phone`, or a CRM custom-field key). */
  readonly field: string;
  /** The field's human-readable label. */
  readonly name: string;
  /** The value, as a string even for numeric or date CRM fields. */
  readonly value: string;
  /** Whether the bot extracted the value from the conversation. */
  readonly aiProduced: boolean;
}

/** A bot's state in a lead's conversation (`BotInstanceDto`). Times are naive UTC strings. */
export interface CloseBotBotInstanceRecord {
  /** The bot running this conversation. */
  readonly botId: string;
  /** The bot's published version; `null` on test sessions, as always observed there. */
  readonly botVersion: string | null;
  /** Which time zone follow-ups are scheduled in (undocumented vocabulary); `null` when unset. */
  readonly followUpTimezoneKind: string | null;
  /** The IANA time zone of follow-ups (`America/Chicago`); `null` when unset. */
  readonly followUpTimezone: string | null;
  /** When the next follow-up is due; non-null means "follow-up scheduled" for the search. */
  readonly followUpTime: string | null;
  /** Whether the bot's smart scheduling chose `followUpTime`. */
  readonly isSmartFollowUpTime: boolean;
  /** When the bot's next reply is scheduled (naive UTC); `null` when none is. */
  readonly scheduleRespondTime: string | null;
}

/** A lead exactly as `listLeads`, `searchLeads`, `getLead` and `listTestSessions` send it (`LeadDto`). */
export interface CloseBotLeadRecord {
  /** `lead_` followed by 12 upper-case base-32 characters (the shape of the spec's examples). */
  readonly id: string;
  /** The lead's display name; `null` when the CRM has none. */
  readonly name: string | null;
  /** The matching contact's id in the connected CRM; `null` when there is none. */
  readonly contactId: string | null;
  /** Time of the lead's newest message (naive UTC), `null` when it has none. */
  readonly lastMessageTime: string | null;
  /** Text of the newest message, `null` without messages. */
  readonly lastMessage: string | null;
  /** `to_bot` or `from_bot` (the observed vocabulary), `null` without messages. */
  readonly lastMessageDirection: string | null;
  /** The bot involved in the newest message, `null` without messages. */
  readonly lastMessageBotId: string | null;
  /** `ai_off` (the one observed value) or `null`. */
  readonly mostRecentFailureReason: string | null;
  /** Test sessions only: the source whose settings the session imitates. */
  readonly mimicSourceId: string | null;
  /** Whether the lead is starred in the CloseBot inbox. */
  readonly starred: boolean;
  /** Whether the conversation has unread messages. */
  readonly unread: boolean;
  /** The source (CRM sub-account) the lead belongs to. */
  readonly source: CloseBotLeadSourceRecord;
  /** The bots stay silent towards the lead until this time (naive UTC); `null` when not paused. */
  readonly wontRespondUntil: string | null;
  /** The lead's CRM tags. */
  readonly tags: readonly string[];
  /** The fields served without `includeExternal`. */
  readonly fields: readonly CloseBotLeadFieldRecord[];
  /** The bots conversing with the lead, with their follow-up state. */
  readonly instances: readonly CloseBotBotInstanceRecord[];
}

/** A file attached to a message (`BotMetricAttachment`). */
export interface CloseBotAttachmentRecord {
  /** Where the file can be downloaded. */
  readonly url: string;
}

/** An activity shown next to a message (`BotMetricActivity`), here a tracked page visit. */
export interface CloseBotActivityRecord {
  /** The kind of activity (undocumented vocabulary). */
  readonly activity: string;
  /** The activity's payload as text, here the visited URL. */
  readonly data: string;
  /** When the activity happened (naive UTC). */
  readonly timeData: string;
  /** The icon of the website involved. */
  readonly faviconUrl: string;
}

/** A message exactly as `listMessages` sends it (`BotMetricMessage`). */
export interface CloseBotMessageRecord {
  /** `msg_` followed by 14 upper-case base-32 characters. */
  readonly messageId: string;
  /** The source (CRM sub-account) the conversation belongs to. */
  readonly sourceId: string;
  /** The lead, i.e. the conversation, the message belongs to. */
  readonly leadId: string;
  /** The lead's bot on bot messages, `null` on the contact's (as in the spec's example). */
  readonly botId: string | null;
  /** The persona the bot spoke as on bot messages, `null` on the contact's. */
  readonly personaId: string | null;
  /** The channel the message went over (`SMS`, ...): the channel of its conversation. */
  readonly channel: string;
  /** Whether a bot wrote the message (`false` for the contact's); prefer it to `direction`. */
  readonly fromBot: boolean;
  /** `from_bot` or `to_bot`, the observed vocabulary. */
  readonly direction: string;
  /** The message text. */
  readonly message: string;
  /** Files attached to the message; usually none. */
  readonly attachments: readonly CloseBotAttachmentRecord[];
  /** Naive UTC with whole seconds, e.g. `2026-04-02T09:15:07`. */
  readonly timestamp: string;
  /** Activities shown next to the message; usually none. */
  readonly activities: readonly CloseBotActivityRecord[];
}

/** A CRM tag that gates whether a bot answers a contact (`ContactTag`). */
export interface CloseBotContactTagRecord {
  /** The tag's name. */
  readonly name: string;
  /**
   * `true`: contacts with the tag are answered; `false`: they are not (the spec's reading;
   * undocumented).
   */
  readonly approveDeny: boolean;
  /** The tag's id in the CRM. */
  readonly id: string;
}

/** One saved version of a bot (`BotVersionDto`); exactly one version per bot is published. */
export interface CloseBotBotVersionRecord {
  /** The version number, `major.minor.patch` (`1.3.0`). */
  readonly version: string;
  /** The version's label. */
  readonly name: string;
  /** Whether this version is the live one. */
  readonly published: boolean;
  /** When the version was last modified (naive UTC). */
  readonly modifiedAt: string;
  /** Who last modified the version; `null` when unknown. */
  readonly modifiedBy: string | null;
}

/** A source as embedded in a bot (`BotSourceDto`); `key` is a (fake) CRM credential. */
export interface CloseBotBotSourceRecord {
  /** The source's `sourceId`. */
  readonly id: string;
  /** The source's CRM category (`GHL`, `HubSpot`, `WebHook`). */
  readonly category: string;
  /** The source's CRM account key, a credential in the real API; `null` when unset. */
  readonly key: string | null;
  /** The source's name. */
  readonly name: string;
  /** CRM tags that decide which contacts the bot answers on this source. */
  readonly tags: readonly CloseBotContactTagRecord[];
  /** The same tags as rules (newer docs): the link's `tags`, one rule each. */
  readonly tagFilterConfig: CloseBotTagFilterConfigRecord;
  /** Channels the bot answers on for this source; a lead's channel is one of them. */
  readonly channelList: readonly string[];
  /** The name the bot uses on this source instead of its persona's; `null` for none. */
  readonly personaNameOverride: string | null;
  /** Whether the bot is active on this source. */
  readonly enabled: boolean;
  /** Values of the bot flow's variables on this source (newer docs; an open map). */
  readonly flowVariableValues: Readonly<Record<string, string | number | boolean>>;
}

/** One tag rule of a `CloseBotTagFilterConfigRecord` (`TagFilterRuleDto`). */
export interface CloseBotTagFilterRuleRecord {
  /** The CRM tag's name. */
  readonly tagName: string;
  /** The CRM tag's id. */
  readonly tagId: string;
  /**
   * `present` for a tag the contact must carry (`approveDeny: true`), `absent` for one it must
   * not; the vendor documents no vocabulary, these words are ours (as in the spec's examples).
   */
  readonly condition: string;
}

/** A group of tag rules (`TagFilterGroupDto`). */
export interface CloseBotTagFilterGroupRecord {
  /** How the rules combine; `and` here (our word: no vocabulary is documented). */
  readonly operator: string;
  /** The group's rules. */
  readonly rules: readonly CloseBotTagFilterRuleRecord[];
}

/** The tag rules of a bot on a source (`TagFilterConfigDto`, newer docs only). */
export interface CloseBotTagFilterConfigRecord {
  /** How the groups combine; `and` here. */
  readonly operator: string;
  /** One group holding a rule per tag of the link. */
  readonly groups: readonly CloseBotTagFilterGroupRecord[];
}

/** A named follow-up plan of a bot (`FollowUpStateDto`, newer docs only). */
export interface CloseBotFollowUpStateRecord {
  /** The plan's id, a number. */
  readonly id: number;
  /** The plan's name. */
  readonly name: string;
  /** Whether this is the bot's default plan; the one plan here is. */
  readonly isDefault: boolean;
  /** The plan's steps: the bot's `followUpSequences`. */
  readonly sequences: readonly CloseBotFollowUpRecord[];
  /** Whether the last step repeats: the bot's `followUpRepeat`. */
  readonly repeatFinal: boolean;
  /** The bot's `followUpExtraPrompt`. */
  readonly extraPrompt: string | null;
  /** The plan's position among the bot's plans. */
  readonly order: number;
}

/** One follow-up step of a bot (`FollowUpSequenceDto`). */
export interface CloseBotFollowUpRecord {
  /** The step's position, from 0. */
  readonly order: number;
  /** The delay before this follow-up, in `unit`s. */
  readonly duration: number;
  /** The unit of `duration` (`minutes`, `days`, ...; undocumented vocabulary). */
  readonly unit: string;
}

/** A tool configured on a bot (`BotToolDto`). */
export interface CloseBotToolRecord {
  /** The tool's id. */
  readonly id: string;
  /** The kind of tool (undocumented vocabulary). */
  readonly type: string;
  /** Whether the tool is switched on. */
  readonly enabled: boolean;
  /** Tool-specific settings; `null` when it has none. */
  readonly options: Readonly<Record<string, string | number | boolean>> | null;
}

/** A bot exactly as `listBots` and `getBot` send it (`BotDto`). */
export interface CloseBotBotRecord {
  /** `bot_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly id: string;
  /** The bot's name. */
  readonly name: string;
  /** When the bot was last modified (naive UTC, a free string in the spec). */
  readonly modifiedAt: string;
  /** Who last modified the bot. */
  readonly modifiedBy: string;
  /** The bot's saved versions; exactly one is published. */
  readonly versions: readonly CloseBotBotVersionRecord[];
  /** The sources the bot is connected to, with its settings for each. */
  readonly sources: readonly CloseBotBotSourceRecord[];
  /** One persona per bot here; bot messages carry it as `personaId`. */
  readonly personaIds: readonly string[];
  /** Whether the bot is marked as a favourite in the app. */
  readonly favorited: boolean;
  /** Whether the bot is locked (deactivated in the app). */
  readonly locked: boolean;
  /** Whether the bot may reschedule existing appointments. */
  readonly reschedulingEnabled: boolean;
  /** The bot's category (undocumented vocabulary). */
  readonly category: string;
  /** The app folder the bot is filed under; `null` for none. */
  readonly folderId: string | null;
  /** Whether automatic follow-ups are on. */
  readonly followUpActive: boolean;
  /** The follow-up steps, by `order`. */
  readonly followUpSequences: readonly CloseBotFollowUpRecord[];
  /** Whether the bot picks follow-up times itself. */
  readonly smartFollowUp: boolean;
  /** Whether the last follow-up step repeats. */
  readonly followUpRepeat: boolean;
  /** Random variation added to follow-up times, in minutes. */
  readonly followUpVarianceMinutes: number;
  /** Extra instructions for writing follow-ups; `null` for none. */
  readonly followUpExtraPrompt: string | null;
  /** The tools (integrations) the bot can use. */
  readonly tools: readonly CloseBotToolRecord[];
  /** The bot's follow-up plans (newer docs): one default plan when follow-ups are on, else none. */
  readonly followUpStates: readonly CloseBotFollowUpStateRecord[];
}

/** A bot as embedded in a source (`SourceBotDto`); mirrors the bot's `CloseBotBotSourceRecord`. */
export interface CloseBotSourceBotRecord {
  /** The bot's id. */
  readonly id: string;
  /** The bot's name. */
  readonly botName: string;
  /** CRM tags that decide which contacts the bot answers on this source. */
  readonly tags: readonly CloseBotContactTagRecord[];
  /** The same tags as rules (newer docs), as on the bot's side of the link. */
  readonly tagFilterConfig: CloseBotTagFilterConfigRecord;
  /** Channels the bot answers on for this source. */
  readonly channels: readonly string[];
  /** The name the bot uses on this source instead of its persona's; `null` for none. */
  readonly personaNameOverride: string | null;
  /** Whether the bot is active on this source. */
  readonly enabled: boolean;
}

/** A weekly reply window (`SourceAvailabilityDto`): .NET weekday name and time spans. */
export interface CloseBotAvailabilityRecord {
  /** The weekday the window starts on, in UTC (`Monday`). */
  readonly dayOfWeekUtc: string;
  /** The window's start time of day in UTC (`13:00:00`). */
  readonly startTimeUtc: string;
  /** The window's length as a time span (`08:00:00`). */
  readonly duration: string;
}

/** A per-channel weekly window (`BotSourceAvailabilityDto`). */
export interface CloseBotChannelAvailabilityRecord extends CloseBotAvailabilityRecord {
  /** The channel the window applies to (`SMS`, ...). */
  readonly channel: string;
}

/** An absolute silent period (`SourceDoNotRespondWindowDto`), naive UTC bounds. */
export interface CloseBotDoNotRespondRecord {
  /** Start of the period (naive UTC). */
  readonly start: string;
  /** End of the period (naive UTC). */
  readonly end: string;
}

/** A source's re-billing wallet (`SourceWalletDto`). */
export interface CloseBotWalletRecord {
  /** Whether usage is re-billed to the sub-account. */
  readonly reBilling: boolean;
  /** Whether the wallet tops itself up automatically. */
  readonly autoRefill: boolean;
  /** The amount added per automatic top-up (units undocumented). */
  readonly topUpAmount: number;
  /** The balance below which an automatic top-up happens. */
  readonly refillThreshold: number;
  /** The Stripe customer the wallet is charged to; `null` for none. */
  readonly stripeCustomerId: string | null;
  /** The wallet's currency code (`usd`); `null` when unset. */
  readonly currency: string | null;
  /** A custom price per bot response, as a decimal string; `null` for the default. */
  readonly responseUnitCostOverride: string | null;
  /** A custom price per storage unit, as a decimal string; `null` for the default. */
  readonly storageUnitCostOverride: string | null;
  /** A custom price per user, as a decimal string; `null` for the default. */
  readonly userUnitCostOverride: string | null;
}

/** A source exactly as `listSources` and `getSource` send it (`SourceDto`). */
export interface CloseBotSourceRecord {
  /** The agency (CloseBot account) owning the source: the dataset's `agencyId`. */
  readonly agencyId: string;
  /** `src_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly sourceId: string;
  /** The source's name. */
  readonly name: string;
  /** `GHL`, `HubSpot` or `WebHook`. */
  readonly category: string;
  /** The CRM account key, a credential in the real API; `null` when unset. */
  readonly key: string | null;
  /** Fake CRM token; replaced when a listing asks for `forceTokenRefresh=true`. */
  readonly accessToken: string | null;
  /** The postal address of the business behind the source. */
  readonly address: string;
  /** Whether the CRM connection works. */
  readonly connected: boolean;
  /** Whether the bot stops when a human takes over (the spec's reading; undocumented). */
  readonly autoShutoff: boolean;
  /** Whether the bot says goodbye before it stops (the spec's reading; undocumented). */
  readonly gracefulGoodbye: boolean;
  /** The bots connected to the source, with their settings for it. */
  readonly bots: readonly CloseBotSourceBotRecord[];
  /** Ids of the user accounts that may access the source. */
  readonly accountsWithAccess: readonly string[];
  /** Whether reply windows are read in the contact's time zone instead of UTC. */
  readonly isAvailabilityContactTimezone: boolean;
  /** Weekly windows in which the bots may reply. */
  readonly respondWindows: readonly CloseBotAvailabilityRecord[];
  /** Absolute periods in which the bots stay silent (holidays). */
  readonly doNotRespondWindows: readonly CloseBotDoNotRespondRecord[];
  /** Weekly reply windows per channel. */
  readonly botRespondWindows: readonly CloseBotChannelAvailabilityRecord[];
  /** Whether `botRespondWindows` are quiet hours rather than reply hours (the spec's reading). */
  readonly isBotRespondWindowsQuietHours: boolean;
  /** Whether the bot summarizes attachments contacts send. */
  readonly summarizeAttachments: boolean;
  /** Whether the bot replies to message reactions. */
  readonly respondToReactions: boolean;
  /**
   * Whether conversations are marked unread in the CRM after the bot replies. Singular here, while
   * the update body says `markConversationsAsUnread`:
   * https://developers.closebot.com/api-reference/source/list-sources
   */
  readonly markConversationAsUnread: boolean;
  /** The URL CloseBot calls for a webhook source; `null` for other categories. */
  readonly webhookCallback: string | null;
  /** Whether CloseBot's tracking script was seen on the business's site. */
  readonly scriptInstalled: boolean;
  /** When the tracking script last reported (naive UTC); `null` if never. */
  readonly scriptLastSeenAt: string | null;
  /** The domain the tracking script last reported from; `null` if never. */
  readonly scriptLastSeenDomain: string | null;
  /** The page path the tracking script last reported from; `null` if never. */
  readonly scriptLastSeenEndpoint: string | null;
  /** The domains the tracking script is accepted from. */
  readonly scriptDomainAllowList: readonly string[];
  /** The source's re-billing wallet; `null` when it has none. */
  readonly wallet: CloseBotWalletRecord | null;
  /** The HubSpot owner the bot acts as (HubSpot sources); `null` otherwise. */
  readonly hubSpotOwnerId: string | null;
}

/** A user of the agency (`AgencyMemberDto`). */
export interface CloseBotAgencyMemberRecord {
  /** The user's account id, as in the sources' `accountsWithAccess`. */
  readonly accountId: string;
  /** `owner` for the first user, `member` for the other (our words: no vocabulary is documented). */
  readonly role: string;
  /** The user's id at the sign-in provider (format ours). */
  readonly authId: string;
  /** The user's display name; the admins who edit the bots. */
  readonly name: string;
  /** The user's email address, made from the name. */
  readonly email: string;
  /** `active` (our word). */
  readonly status: string;
}

/** The agency behind the key, exactly as `getCurrentAgency` sends it (`AgencyDto`). */
export interface CloseBotAgencyRecord {
  /** `agy_` followed by 12 characters: every source's `agencyId`. */
  readonly id: string;
  /** The agency's name. */
  readonly name: string;
  /** The agency's users. */
  readonly members: readonly CloseBotAgencyMemberRecord[];
}

/**
 * A web page visit of a lead, exactly as `listLeadPageHistory` sends it (`LeadPageVisitDto`): one
 * per `page_visit` activity of the lead's messages, so both tell the same story.
 */
export interface CloseBotPageVisitRecord {
  /** A number unique in the dataset, in the order the visits were generated. */
  readonly id: number;
  /** The visited URL: the activity's `data`. */
  readonly url: string;
  /** The URL's path. */
  readonly path: string;
  /** The URL's host. */
  readonly domain: string;
  /** A title made from the path. */
  readonly title: string;
  /** The activity's `timeData` (naive UTC). */
  readonly visitedAt: string;
}

/** What the wire lead does not say about its conversation, used by the search filters. */
export interface CloseBotThread {
  /** The lead (conversation) these facts belong to. */
  readonly leadId: string;
  /** The bot that converses with the lead. */
  readonly botId: string;
  /** The source the lead belongs to. */
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
