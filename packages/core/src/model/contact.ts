/** The person on the other side of a chatbot conversation, as far as the vendor knows them. */
export interface Contact {
  /** The vendor's (or its CRM's) identifier for the contact. */
  id?: string;
  /** The name as the vendor holds it, trimmed; absent when it has none. */
  name?: string;
  /** E-mail address as the vendor sent it (not validated); absent when it has none. */
  email?: string;
  /** Phone number exactly as the vendor sent it; formats vary (E.164 is not guaranteed). */
  phone?: string;
}
