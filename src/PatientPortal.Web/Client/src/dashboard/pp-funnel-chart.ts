import { css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import type { FunnelDay } from '../api/management-api.js';
import { sharedStyles } from '../common/styles.js';
import { describeDay, formatDay, stages } from './funnel-stages.js';

const width = 720;
const height = 260;
const margin = { top: 12, right: 16, bottom: 30, left: 44 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/**
 * The funnel per day as a line chart in inline SVG. The chart takes the keyboard focus: the arrow keys (and Home,
 * End) move between days, and the chosen day's numbers are read out beneath it, as they are on hover.
 */
@customElement('pp-funnel-chart')
export class PpFunnelChart extends PortalElement {
  @property({ attribute: false }) days: FunnelDay[] = [];

  @state() private active?: number;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('days')) {
      this.active = undefined;
    }
  }

  private x(index: number): number {
    return margin.left + (this.days.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (this.days.length - 1));
  }

  private onKeydown(event: KeyboardEvent): void {
    const last = this.days.length - 1;
    const current = this.active ?? -1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? Math.max(0, current === -1 ? last : current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next !== undefined && last >= 0) {
      event.preventDefault();
      this.active = next;
    }
  }

  private onPointerMove(event: PointerEvent): void {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const atX = ((event.clientX - box.left) / box.width) * width;
    const index = this.days.length <= 1 ? 0 : Math.round(((atX - margin.left) / plotWidth) * (this.days.length - 1));
    this.active = Math.max(0, Math.min(this.days.length - 1, index));
  }

  override render() {
    const days = this.days;
    const scale = niceScale(Math.max(0, ...days.map((day) => day.counts.sent)));
    const y = (value: number) => margin.top + plotHeight - (value / scale.max) * plotHeight;
    const labelEvery = Math.max(1, Math.ceil(days.length / 7));
    const activeIndex = this.active;
    const active = activeIndex === undefined ? undefined : days[activeIndex];
    return html`
      <div
        class="chart"
        tabindex="0"
        role="group"
        aria-roledescription="chart"
        aria-label="Invitations per day, ${days.length} days. Use the arrow keys to read each day."
        aria-describedby="readout"
        @keydown=${this.onKeydown}>
        <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title" @pointermove=${this.onPointerMove} @pointerleave=${() => (this.active = undefined)}>
          <title id="title">${days.length ? this.localize.term('ppDashboard_chartTitleRange', formatDay(this.localize, days[0].date), formatDay(this.localize, days[days.length - 1].date)) : this.localize.term('ppDashboard_chartTitle')}</title>
          ${scale.ticks.map(
            (tick) => svg`
              <line class="grid" x1=${margin.left} x2=${width - margin.right} y1=${y(tick)} y2=${y(tick)}></line>
              <text class="axis" x=${margin.left - 6} y=${y(tick)} text-anchor="end" dominant-baseline="middle">${tick}</text>`,
          )}
          ${days.map((day, index) => {
            const last = days.length - 1;
            // Every so many days, and always the first and the last (kept inside the chart, and clear of the one before).
            const shown = index === last || (index % labelEvery === 0 && (index === 0 || last - index >= labelEvery / 2));
            const anchor = days.length > 1 && index === 0 ? 'start' : days.length > 1 && index === last ? 'end' : 'middle';
            return shown ? svg`<text class="axis" x=${this.x(index)} y=${height - 8} text-anchor=${anchor}>${formatDay(this.localize, day.date)}</text>` : nothing;
          })}
          ${stages.map(
            (stage) => svg`
              <polyline
                class="series"
                data-stage=${stage.key}
                stroke=${stage.color}
                stroke-dasharray=${stage.dash || nothing}
                points=${days.map((day, index) => `${this.x(index)},${y(day.counts[stage.key])}`).join(' ')}></polyline>
              ${days.length <= 62 ? days.map((day, index) => svg`<circle cx=${this.x(index)} cy=${y(day.counts[stage.key])} r="2.5" fill=${stage.color}></circle>`) : nothing}`,
          )}
          ${active && activeIndex !== undefined
            ? svg`
              <line class="cursor" x1=${this.x(activeIndex)} x2=${this.x(activeIndex)} y1=${margin.top} y2=${margin.top + plotHeight}></line>
              ${stages.map((stage) => svg`<circle cx=${this.x(activeIndex)} cy=${y(active.counts[stage.key])} r="5" fill="white" stroke=${stage.color} stroke-width="2.5"></circle>`)}`
            : nothing}
        </svg>
      </div>
      <p id="readout" class="readout" aria-live="polite">${active ? describeDay(this.localize, active.date, active.counts) : this.localize.term('ppDashboard_chartHint')}</p>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        gap: var(--uui-size-space-2, 6px);
      }
      .chart {
        border-radius: var(--uui-border-radius, 3px);
      }
      /* Drawn inside the box, so the focus ring is never clipped by a scrolling parent. */
      .chart:focus-visible {
        outline: 3px solid var(--uui-color-focus, #3879ff);
        outline-offset: -3px;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
        touch-action: none;
      }
      .grid {
        stroke: #d8d7d9;
        stroke-width: 1;
      }
      .axis {
        fill: #515054;
        font-size: 12px;
      }
      .series {
        fill: none;
        stroke-width: 2.5;
        stroke-linejoin: round;
      }
      .cursor {
        stroke: #515054;
        stroke-width: 1;
      }
      .readout {
        margin: 0;
        min-height: 1.5em;
      }
    `,
  ];
}

/** A maximum and four or five round ticks from zero, so the axis reads 0, 5, 10… rather than 0, 3.25, 6.5… */
function niceScale(maximum: number): { max: number; ticks: number[] } {
  if (maximum <= 4) {
    return { max: 4, ticks: [0, 1, 2, 3, 4] };
  }

  const rough = maximum / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough && Number.isInteger(candidate)) ?? 10 * magnitude;
  const max = Math.ceil(maximum / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, index) => index * step) };
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-funnel-chart': PpFunnelChart;
  }
}
