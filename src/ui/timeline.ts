/// <reference lib="dom" />
// A customer's history as a picture: calls, visits, follow-ups, filings and deals along a date
// axis, one lane per agent, the protection window shaded and today marked. layoutTimeline is
// pure arithmetic (tested without a browser); renderTimeline turns a layout into SVG elements
// built with createElementNS, names and sheet names as text nodes.
import type { LookupMatch } from '../table/lookup';
import { EVENT_GROUPS, type EventGroup } from '../vocab/events';
import { s } from './dom';

export type { EventGroup };
/** The five marker kinds of the legend (src/vocab/events.ts); every event kind maps to one. */
export const GROUPS: readonly EventGroup[] = EVENT_GROUPS;

const GROUP_OF: Readonly<Record<string, EventGroup>> = {
  call: 'call',
  visit: 'visit',
  viewing: 'visit',
  followup: 'followup',
  appointment: 'followup',
  report: 'filing',
  filing: 'filing',
  confirm: 'filing',
  deposit: 'deal',
  deal: 'deal',
  payment: 'deal',
};

export function groupOf(kind: string): EventGroup {
  return GROUP_OF[kind] ?? 'visit';
}

export interface TimelineEvent {
  date: string;
  kind: string;
  agent: string | null;
  sheet: string;
  row: number;
}

export interface TimelineData {
  events: readonly TimelineEvent[];
  today: string;
  /** The protection window: from the current owner's claim through protectedThrough (inclusive). */
  protectedFrom: string | null;
  protectedThrough: string | null;
}

export interface Marker {
  x: number;
  y: number;
  group: EventGroup;
  event: TimelineEvent;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Where the plot starts (lane labels sit left of it) and ends. */
  plotLeft: number;
  plotRight: number;
  lanes: { agent: string | null; y: number }[];
  markers: Marker[];
  /** The shaded protection window, in x. */
  window: { x0: number; x1: number } | null;
  todayX: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  /** First and last day shown (ISO). */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** An ISO date as a day number (days since 1970-01-01); no time zone enters. */
export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return NaN;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from today to a date (negative: past). */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayOf(toIso) - dayOf(fromIso);
}

/** The day the current owner's claim began: the earliest row of the last run of rows owned by
 *  them (rows in date order). The protection window is shaded from there. */
export function claimStart(m: LookupMatch): string | null {
  const owner = m.customer.owner;
  if (owner === null) return null;
  const dateOf = new Map(m.events.map((e) => [`${e.sheet}\u0000${e.row}`, e.date]));
  const dated = m.rows
    .map((r) => ({ r, date: dateOf.get(`${r.sheet}\u0000${r.row}`) }))
    .filter((x): x is { r: (typeof m.rows)[number]; date: string } => !!x.date)
    .sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.r.row - b.r.row);
  let start: string | null = null;
  for (let i = dated.length - 1; i >= 0; i--) {
    if (dated[i].r.owner !== owner) break;
    start = dated[i].date;
  }
  return start;
}

const LABEL_W = 60;
const PAD_R = 10;
const TOP = 16;
const LANE_H = 22;
const AXIS_H = 20;
const MIN_SPAN = 14;

export function layoutTimeline(data: TimelineData, width = 268): TimelineLayout {
  const events = data.events
    .filter((e) => Number.isFinite(dayOf(e.date)))
    .slice()
    .sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.sheet.localeCompare(b.sheet) || a.row - b.row);
  const today = dayOf(data.today);
  const from = data.protectedFrom ? dayOf(data.protectedFrom) : NaN;
  const through = data.protectedThrough ? dayOf(data.protectedThrough) : NaN;
  const days = [...events.map((e) => dayOf(e.date)), today, from, through].filter((d) => Number.isFinite(d));
  let d0 = Math.min(...days) - 1;
  let d1 = Math.max(...days) + 2; // exclusive: the last day gets its whole width
  if (d1 - d0 < MIN_SPAN) {
    const grow = MIN_SPAN - (d1 - d0);
    d0 -= Math.floor(grow / 2);
    d1 += Math.ceil(grow / 2);
  }
  const plotLeft = LABEL_W;
  const plotRight = width - PAD_R;
  const x = (day: number): number => plotLeft + ((day - d0) / (d1 - d0)) * (plotRight - plotLeft);

  // One lane per agent, in order of their first event; rows without an agent share a lane.
  const laneKeys: (string | null)[] = [];
  for (const e of events) if (!laneKeys.includes(e.agent)) laneKeys.push(e.agent);
  const lanes = laneKeys.map((agent, i) => ({ agent, y: TOP + i * LANE_H + LANE_H / 2 }));
  const laneY = new Map(lanes.map((l) => [l.agent, l.y]));

  // Events on the same day in the same lane sit side by side instead of on top of each other.
  const sameDay = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const k = `${e.agent ?? ''}\u0000${e.date}`;
    sameDay.set(k, [...(sameDay.get(k) ?? []), e]);
  }
  const markers: Marker[] = events.map((e) => {
    const group = sameDay.get(`${e.agent ?? ''}\u0000${e.date}`) ?? [e];
    const i = group.indexOf(e);
    const shift = (i - (group.length - 1) / 2) * 6;
    return { x: x(dayOf(e.date) + 0.5) + shift, y: laneY.get(e.agent) ?? TOP, group: groupOf(e.kind), event: e };
  });

  const window = Number.isFinite(through)
    ? { x0: x(Number.isFinite(from) ? Math.min(from, through) : d0), x1: x(through + 1) }
    : null;
  const axisY = TOP + Math.max(1, lanes.length) * LANE_H + 2;
  return {
    width,
    height: axisY + AXIS_H,
    plotLeft,
    plotRight,
    lanes,
    markers,
    window,
    todayX: x(today + 0.5),
    axisY,
    ticks: ticks(d0, d1).map((d) => ({ x: x(d), label: tickLabel(d, d1 - d0) })),
    from: isoOf(d0),
    to: isoOf(d1 - 1),
  };
}

/** About four ticks: evenly spaced days for short spans, month starts for long ones. */
function ticks(d0: number, d1: number): number[] {
  const span = d1 - d0;
  if (span <= 75) {
    const step = Math.max(1, Math.round(span / 4));
    const out: number[] = [];
    for (let d = d0 + Math.round(step / 2); d < d1; d += step) out.push(d);
    return out;
  }
  const months: number[] = [];
  const start = new Date(d0 * DAY_MS);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    const d = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (d >= d1) break;
    months.push(d);
  }
  const every = Math.max(1, Math.ceil(months.length / 4));
  return months.filter((_, i) => i % every === 0);
}

function tickLabel(day: number, span: number): string {
  const iso = isoOf(day);
  return span <= 75 ? iso.slice(5) : iso.slice(0, 7);
}

/** The words the picture needs, in the page's language. */
export interface TimelineLabels {
  title: string;
  today: string;
  noAgent: string;
  /** A marker's tooltip: date, kind, agent, sheet and row. */
  event(e: TimelineEvent): string;
}

const COLORS: Readonly<Record<EventGroup, string>> = {
  call: '#1a73e8',
  visit: '#188038',
  followup: '#e37400',
  filing: '#9334e6',
  deal: '#d93025',
};

/** One marker shape per group, so the picture reads without colour too. */
export function markerShape(group: EventGroup, x: number, y: number): SVGElement {
  const c = COLORS[group];
  switch (group) {
    case 'call':
      return s('circle', { cx: r1(x), cy: r1(y), r: 4.5, fill: c });
    case 'visit':
      return s('rect', { x: r1(x - 4.5), y: r1(y - 4.5), width: 9, height: 9, fill: c });
    case 'followup':
      return s('circle', { cx: r1(x), cy: r1(y), r: 3.8, fill: '#fff', stroke: c, 'stroke-width': 2 });
    case 'filing':
      return s('polygon', { points: pts([x, y - 5.5], [x + 5, y + 4], [x - 5, y + 4]), fill: c });
    case 'deal':
      return s('polygon', { points: pts([x, y - 6], [x + 6, y], [x, y + 6], [x - 6, y]), fill: c });
  }
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const pts = (...p: [number, number][]): string => p.map(([a, b]) => `${r1(a)},${r1(b)}`).join(' ');

/** Shortens a lane label to fit beside the plot (the full name is the lane's tooltip). */
function laneLabel(name: string): string {
  let width = 0;
  let out = '';
  for (const ch of name) {
    width += /[\u0000-\u00ff]/.test(ch) ? 6.5 : 12;
    if (width > LABEL_W - 8) return `${out}…`;
    out += ch;
  }
  return out;
}

export function renderTimeline(layout: TimelineLayout, labels: TimelineLabels): SVGSVGElement {
  const { width, height, plotLeft, plotRight, axisY } = layout;
  const svg = s('svg', {
    class: 'timeline',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': labels.title,
  });
  svg.appendChild(s('title', {}, labels.title));
  if (layout.window) {
    const { x0, x1 } = layout.window;
    svg.appendChild(
      s('rect', {
        class: 'tl-window',
        x: r1(x0),
        y: 10,
        width: r1(Math.max(1, x1 - x0)),
        height: axisY - 10,
        fill: '#d2e3fc',
        'fill-opacity': 0.7,
      }),
    );
  }
  layout.lanes.forEach((lane, i) => {
    if (i % 2 === 1)
      svg.appendChild(
        s('rect', {
          x: 0,
          y: lane.y - LANE_H / 2,
          width: plotRight,
          height: LANE_H,
          fill: '#000',
          'fill-opacity': 0.03,
        }),
      );
    const name = lane.agent ?? labels.noAgent;
    svg.appendChild(
      s(
        'text',
        { class: 'tl-lane', x: 4, y: r1(lane.y + 4), 'font-size': 11, fill: '#3c4043' },
        s('title', {}, name),
        laneLabel(name),
      ),
    );
  });
  svg.appendChild(
    s('line', { x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY, stroke: '#9aa0a6', 'stroke-width': 1 }),
  );
  for (const tick of layout.ticks) {
    const anchor = tick.x - plotLeft < 16 ? 'start' : plotRight - tick.x < 16 ? 'end' : 'middle';
    svg.appendChild(s('line', { x1: r1(tick.x), x2: r1(tick.x), y1: axisY, y2: axisY + 4, stroke: '#9aa0a6' }));
    svg.appendChild(
      s(
        'text',
        { class: 'tl-tick', x: r1(tick.x), y: axisY + 15, 'font-size': 10, fill: '#5f6368', 'text-anchor': anchor },
        tick.label,
      ),
    );
  }
  const tx = r1(layout.todayX);
  svg.appendChild(
    s('line', {
      class: 'tl-today',
      x1: tx,
      x2: tx,
      y1: 10,
      y2: axisY,
      stroke: '#d93025',
      'stroke-width': 1.5,
      'stroke-dasharray': '3 2',
    }),
  );
  const near = plotRight - layout.todayX < 20 ? 'end' : layout.todayX - plotLeft < 20 ? 'start' : 'middle';
  svg.appendChild(
    s(
      'text',
      { class: 'tl-today-label', x: tx, y: 9, 'font-size': 10, fill: '#d93025', 'text-anchor': near },
      labels.today,
    ),
  );
  for (const m of layout.markers) {
    const g = s(
      'g',
      { class: `tl-event tl-${m.group}`, 'data-kind': m.event.kind, 'data-date': m.event.date },
      s('title', {}, labels.event(m.event)),
    );
    g.appendChild(markerShape(m.group, m.x, m.y));
    svg.appendChild(g);
  }
  return svg;
}

/** A small swatch of a marker for the legend. */
export function legendSwatch(group: EventGroup): SVGSVGElement {
  const svg = s('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' });
  svg.appendChild(markerShape(group, 7, 7.5));
  return svg;
}

export function windowSwatch(): SVGSVGElement {
  return s(
    'svg',
    { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { x: 1, y: 2, width: 12, height: 10, fill: '#d2e3fc' }),
  );
}

export function todaySwatch(): SVGSVGElement {
  return s(
    'svg',
    { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' },
    s('line', { x1: 7, x2: 7, y1: 1, y2: 13, stroke: '#d93025', 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }),
  );
}
