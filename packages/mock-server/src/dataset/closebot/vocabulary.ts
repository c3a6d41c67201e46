/** The word lists the CloseBot records are drawn from. */

export const BOT_NAMES = [
  'Front Desk Assistant',
  'After-hours Helper',
  'Lead Qualifier',
  'Booking Concierge',
  'Win-back Bot',
  'Quote Request Bot',
] as const;
export const BOT_CATEGORIES = ['booking', 'qualification', 'support', 'reactivation'] as const;
export const BUSINESSES = [
  'Northside Fitness Studio',
  'Lakeview Dental Clinic',
  'Maple Street Auto Care',
  'Harbor Yoga Loft',
  'Summit Roofing Co',
  'Brightsmile Orthodontics',
  'Riverbend Pet Grooming',
  'Cedar Lane Spa',
] as const;
export const STREETS = [
  'Example Avenue',
  'Sample Road',
  'Demo Street',
  'Placeholder Lane',
] as const;
/** One source per category the spec names (GHL, HubSpot, WebHook), so each shape is served. */
export const SOURCE_CATEGORIES = ['GHL', 'HubSpot', 'WebHook'] as const;
/** Channel names observed on `/agency/source/{id}/channels` (vendor notes). */
export const CHANNELS = ['SMS', 'Email', 'FB', 'IG', 'Live_Chat', 'WhatsApp'] as const;
export const TIMEZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
] as const;
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const LEAD_TAGS = [
  'new lead',
  'booking intent',
  'price question',
  'returning',
  'vip',
] as const;
export const CONTACT_LINES = [
  'Hi, I saw your ad. Do you have any openings this week?',
  'How much does a first visit cost?',
  'Could I come in on Saturday morning?',
  'Is there parking close to you?',
  'Thanks! Anything I should bring along?',
  'Can we move it to a bit later in the day?',
  'Do you take walk-ins?',
  'That works, please book me in.',
  'What time do you close on Fridays?',
  'Is there a discount for new customers?',
] as const;
export const BOT_LINES = [
  'Hi there! Happy to help. Which day suits you best?',
  'I can offer Tuesday at 10am or Thursday at 3pm. Would either of those work?',
  'You are all set. A confirmation text is on its way.',
  'The first visit is on the house, no strings attached.',
  'We are open 8am to 6pm on weekdays and 9am to 1pm on Saturdays.',
  'Just checking in: would you still like to book a visit?',
  'No problem, I have moved your appointment. See you then!',
  'There is free parking right behind the building.',
] as const;
export const AI_FIELDS = [
  { field: 'preferred_time', name: 'Preferred time', values: ['Mornings', 'Evenings', 'Weekends'] },
  { field: 'service_interest', name: 'Service interest', values: ['Trial', 'Membership', 'Quote'] },
] as const;
export const PIPELINE_STAGES = ['New', 'Contacted', 'Booked', 'Won', 'Lost'] as const;
