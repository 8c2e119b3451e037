// Charts with Apache ECharts (only the parts used are bundled). Every chart has its numbers in a table too.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.js';
import { num } from './format.js';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, CanvasRenderer]);

const live = new Set();

/** A chart box with an accessible name; the chart itself is drawn once the box is in the page. */
export function chart(label, option, height = 280) {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': label, style: `height:${height}px` });
  requestAnimationFrame(() => {
    if (!box.isConnected) {
      return;
    }
    const instance = echarts.init(box, null, { renderer: 'canvas' });
    instance.setOption({
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v) => num(v) },
      textStyle: { color: '#1a1a1a' },
      ...option,
    });
    live.add(instance);
  });
  return box;
}

/** Frees the charts of the view being left. */
export function disposeCharts() {
  live.forEach((c) => c.dispose());
  live.clear();
}

window.addEventListener('resize', () => live.forEach((c) => c.resize()));

export function bars(label, categories, series, { stack, unit } = {}) {
  return chart(label, {
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 36, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 20 : 0 } },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v) => num(v) } },
    series: series.map((s) => ({ type: 'bar', stack, ...s })),
  });
}
