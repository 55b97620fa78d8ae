import type { FunnelCounts, FunnelRates } from '../api/management-api.js';
import type { Localizer } from '../common/localizer.js';

export type Stage = 'sent' | 'delivered' | 'opened' | 'completed';

/**
 * The four stages as the chart, its legend, the totals and the table show them (their names: ppDashboard_stage*).
 * Colours keep at least 3:1 against white, and each line has its own dash, so no stage is told apart by colour alone.
 */
export const stages: { key: Stage; color: string; dash: string; rate?: keyof FunnelRates; of?: Stage }[] = [
  { key: 'sent', color: '#1b5e9f', dash: '' },
  { key: 'delivered', color: '#00796b', dash: '8 4', rate: 'delivered', of: 'sent' },
  { key: 'opened', color: '#b35900', dash: '2 4', rate: 'opened', of: 'delivered' },
  { key: 'completed', color: '#7b3f98', dash: '12 4 2 4', rate: 'completed', of: 'opened' },
];

export const stageLabel = (l: Localizer, stage: Stage): string => l.term(`ppDashboard_stage_${stage}`);

export function percent(l: Localizer, rate: number | null): string {
  return rate === null ? '–' : l.number(rate / 100, { style: 'percent', maximumFractionDigits: 1 });
}

/** A practice date (yyyy-mm-dd) as written, never shifted by the browser's time zone. */
export function formatDay(l: Localizer, date: string, style: 'short' | 'long' = 'short'): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return l.date(new Date(Date.UTC(year, month - 1, day)), options);
}

/** Adds days to a yyyy-mm-dd date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function describeDay(l: Localizer, date: string, counts: FunnelCounts): string {
  return `${formatDay(l, date, 'long')}: ${stages.map((stage) => `${l.number(counts[stage.key])} ${stageLabel(l, stage.key).toLowerCase()}`).join(', ')}`;
}
