// ECharts, served by the Casus server from its webjar (no CDN), loaded the first time a chart is
// drawn. Charts are drawn as SVG: sharp on screen and in print.

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
let loading = null;
const charts = new Set();

function echarts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.addEventListener('load', () => resolve(window.echarts));
      script.addEventListener('error', () => {
        loading = null;
        reject(new Error('The chart library could not be loaded from ' + ECHARTS + '.'));
      });
      document.head.append(script);
    });
  }
  return loading;
}

const PALETTE = ['#1f4e79', '#b8860b', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#5d4037', '#616161'];

/** Draws a chart in the container with the given ECharts option; resolves to the chart. */
export async function draw(container, option) {
  const lib = await echarts();
  if (!container.isConnected) {
    return null;
  }
  const existing = lib.getInstanceByDom(container);
  if (existing) {
    existing.dispose();
    charts.delete(existing);
  }
  const chart = lib.init(container, null, { renderer: 'svg' });
  chart.setOption({ color: PALETTE, animation: false, ...option });
  charts.add(chart);
  return chart;
}

/** Grouped bars: categories along x, one series per entry of {name: values}. */
export function bars(container, categories, series, yName) {
  return draw(container, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => Number(v).toFixed(4) },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: categories.length > 8 ? 72 : 40 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', name: yName, min: 0 },
    series: Object.entries(series).map(([name, data]) => ({ name, type: 'bar', data })),
  });
}

/** Lines of shares (0..1) over days; marks one day with a vertical line. */
export function curves(container, series, markDay, markLabel) {
  const lines = series.map((s, i) => ({
    name: s.name,
    type: 'line',
    showSymbol: false,
    data: s.points,
    lineStyle: { width: 2, type: s.dashed ? 'dashed' : 'solid' },
    markLine: i === 0 && markDay !== null && markDay !== undefined ? {
      symbol: 'none',
      silent: true,
      lineStyle: { color: '#555', type: 'dotted' },
      label: { formatter: markLabel },
      data: [{ xAxis: markDay }],
    } : undefined,
  }));
  return draw(container, {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (100 * Number(v)).toFixed(1) + '%' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 56, right: 24, top: 48, bottom: 48 },
    xAxis: { type: 'value', name: 'day', nameLocation: 'middle', nameGap: 28, min: 0 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'share of runs', axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
    series: lines,
  });
}

function resizeAll() {
  for (const chart of charts) {
    if (chart.isDisposed() || !chart.getDom().isConnected) {
      charts.delete(chart);
    } else {
      chart.resize();
    }
  }
}

// charts follow the window, and the page width when printed
window.addEventListener('resize', resizeAll);
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);
