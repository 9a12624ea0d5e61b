/**
 * Prometheus metrics in the text exposition format, kept by hand (a few counters, one histogram):
 * requests by route and status, request durations, letters rendered, refusals, the render pool.
 * Labels are routes, codes and letter ids: never a value from a request.
 */
const BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

const labelText = (labels: Labels): string => {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
};

export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();
  private readonly histogram = new Map<string, { counts: number[]; sum: number; count: number }>();
  private readonly gauges = new Map<string, { help: string; read: () => number }>();

  count(name: string, help: string, labels: Labels = {}, by = 1) {
    const counter = this.counters.get(name) ?? { help, values: new Map() };
    const key = labelText(labels);
    counter.values.set(key, (counter.values.get(key) ?? 0) + by);
    this.counters.set(name, counter);
  }

  observeDuration(route: string, seconds: number) {
    const key = labelText({ route });
    const entry = this.histogram.get(key) ?? { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) entry.counts[i] = (entry.counts[i] ?? 0) + 1;
    });
    entry.sum += seconds;
    entry.count += 1;
    this.histogram.set(key, entry);
  }

  gauge(name: string, help: string, read: () => number) {
    this.gauges.set(name, { help, read });
  }

  text(): string {
    const lines: string[] = [];
    for (const [name, { help, values }] of this.counters) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
    }
    const h = 'http_request_duration_seconds';
    lines.push(`# HELP ${h} Time to answer an API request.`, `# TYPE ${h} histogram`);
    for (const [labels, entry] of this.histogram) {
      const inner = labels.slice(1, -1);
      BUCKETS.forEach((bound, i) => {
        lines.push(`${h}_bucket{${inner},le="${bound}"} ${entry.counts[i]}`);
      });
      lines.push(
        `${h}_bucket{${inner},le="+Inf"} ${entry.count}`,
        `${h}_sum${labels} ${entry.sum}`,
        `${h}_count${labels} ${entry.count}`,
      );
    }
    for (const [name, { help, read }] of this.gauges)
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${read()}`);
    return `${lines.join('\n')}\n`;
  }
}
