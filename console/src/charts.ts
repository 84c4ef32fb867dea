import { use, type ComposeOption } from 'echarts/core'
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// only what the console draws: bars and pies on a canvas, so that the bundle carries no other chart
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

/** Bars by category, one series per figure. */
export function bars(categories: string[], series: { name: string; values: number[] }[], horizontal = false): ChartOption {
  const categoryAxis = { type: 'category' as const, data: categories, axisLabel: { interval: 0, overflow: 'truncate' as const, width: 90 } }
  const valueAxis = { type: 'value' as const, minInterval: 1 }
  return {
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { show: series.length > 1, top: 0 },
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({ type: 'bar' as const, name: s.name, data: s.values })),
  }
}

/** A pie of counts by label. */
export function pie(name: string, slices: { name: string; value: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', renderMode: 'richText' },
    legend: { type: 'plain', bottom: 0 },
    series: [{ type: 'pie', name, radius: ['35%', '65%'], top: -20, data: slices }],
  }
}
