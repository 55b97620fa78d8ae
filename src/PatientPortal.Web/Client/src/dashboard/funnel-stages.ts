import type { FunnelCounts, FunnelRates } from '../api/management-api.js';

export type Stage = 'sent' | 'delivered' | 'opened' | 'completed';

/**
 * The four stages as the chart, its legend, the totals and the table show them. Colours keep at least 3:1 against
 * white, and each line has its own dash, so no stage is told apart by colour alone.
 */
export const stages: { key: Stage; label: string; color: string; dash: string; rate?: keyof FunnelRates; of?: string }[] = [
  { key: 'sent', label: 'Sent', color: '#1b5e9f', dash: '' },
  { key: 'delivered', label: 'Delivered', color: '#00796b', dash: '8 4', rate: 'delivered', of: 'sent' },
  { key: 'opened', label: 'Opened', color: '#b35900', dash: '2 4', rate: 'opened', of: 'delivered' },
  { key: 'completed', label: 'Completed', color: '#7b3f98', dash: '12 4 2 4', rate: 'completed', of: 'opened' },
];

export const deliveredNote = 'SMS: reported delivered by Twilio; email: accepted by the mail server, as email has no delivery receipts';

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${rate.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** A practice date (yyyy-mm-dd) as written, never shifted by the browser's time zone. */
export function formatDay(date: string, style: 'short' | 'long' = 'short'): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', options);
}

/** Adds days to a yyyy-mm-dd date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function describeDay(date: string, counts: FunnelCounts): string {
  return `${formatDay(date, 'long')}: ${stages.map((stage) => `${counts[stage.key]} ${stage.label.toLowerCase()}`).join(', ')}`;
}
