/** What a vendor's payload builder gives the sender. */

/** The dataset record an event describes. */
export interface WebhookSubject {
  /**
   * The record's id as the REST reads know it: OpenCX, the chat session id (`GET
   * /chat/sessions/{id}`); Twin, the chat session id (sent as the bot answer's `dialogId`);
   * SmarterBot, the `SessionID` the batch was chosen by.
   */
  id: string;
  /** SmarterBot: the chatbot whose batch this is (the webhook is configured per chatbot). */
  serialNumber?: string;
  /** SmarterBot: the UTC day (`YYYY-MM-DD`) the batch covers, as the REST day filters read it. */
  day?: string;
}

/** A payload before it is serialized and signed. */
export interface BuiltPayload {
  subject: WebhookSubject;
  /** The JSON value to send. */
  payload: unknown;
}
