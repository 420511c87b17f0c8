// <ponte-chart>: one Chart.js chart, loaded only when a page draws one. The chart is an image for
// assistive technologies (its label says what it shows); the page puts the same figures in a table
// beside it, which is what a screen reader reads and what prints.
import { LitElement, html } from 'lit';
import { lightDom } from './ui.js';

let library;

/** Chart.js with the pieces a bar or line chart needs, imported once. */
async function chartJs() {
  library ??= import('chart.js').then(({ Chart, registerables }) => {
    Chart.register(...registerables);
    return Chart;
  });
  return library;
}

/** Bootstrap Italia's primary blue and a darker companion, readable on white. */
const COLOURS = ['#0066cc', '#004080', '#5c6f82', '#008055'];

class PonteChart extends lightDom(LitElement) {
  static properties = {
    /** 'bar' (months, counts), 'share' (percentages, horizontal) or 'line' */
    kind: {},
    /** The chart's accessible name: what it shows. */
    label: {},
    labels: { type: Array },
    /** [{label, values, notes}] - notes: one tooltip line per value (numerator of denominator) */
    series: { type: Array },
    /** Formats a value for the axis and the tooltip. */
    format: {},
  };

  render() {
    return html`<div class="ponte-chart"><canvas role="img" aria-label=${this.label ?? ''}></canvas></div>`;
  }

  height() {
    return this.kind === 'share' ? Math.max(120, 34 * (this.labels?.length ?? 1) + 40) : 260;
  }

  async updated() {
    const Chart = await chartJs();
    const canvas = this.querySelector('canvas');
    // Through the CSSOM: the Content-Security-Policy allows no style attribute.
    this.querySelector('.ponte-chart').style.height = `${this.height()}px`;
    this.chart?.destroy();
    const share = this.kind === 'share';
    const format = this.format ?? ((v) => String(v));
    this.chart = new Chart(canvas, {
      type: this.kind === 'line' ? 'line' : 'bar',
      data: {
        labels: this.labels,
        datasets: (this.series ?? []).map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        indexAxis: share ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: (this.series ?? []).length > 1 },
          tooltip: {
            callbacks: {
              label: (item) => {
                const note = this.series[item.datasetIndex].notes?.[item.dataIndex];
                return note ? `${format(item.raw)} (${note})` : format(item.raw);
              },
            },
          },
        },
        scales: share
          ? { x: { min: 0, max: 100, ticks: { callback: (v) => format(v) } } }
          : { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
  }
}

customElements.define('ponte-chart', PonteChart);
