// Draws each dashboard chart from the table of the same numbers that follows it (ECharts, served by the portal).
// The tables stay on the page for screen readers and for anyone without JavaScript; the charts are hidden from
// assistive technology, which reads the tables instead.
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') {
    return;
  }
  var green = getComputedStyle(document.documentElement).getPropertyValue('--registry-green').trim() || '#1f6f50';
  document.querySelectorAll('.chart[data-table]').forEach(function (container) {
    var table = document.getElementById(container.dataset.table);
    if (!table) {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      values.push(Number(row.querySelector('td').textContent.trim()));
    });
    var line = container.dataset.chart === 'line';
    container.classList.add('chart-drawn');
    var chart = window.echarts.init(container, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: [green],
      grid: { left: line ? 40 : 150, right: 20, top: 10, bottom: line ? 60 : 30 },
      xAxis: line ? { type: 'category', data: labels, axisLabel: { rotate: 45 } } : { type: 'value', minInterval: 1 },
      yAxis: line ? { type: 'value', minInterval: 1 } : { type: 'category', data: labels.slice().reverse() },
      series: [{ type: line ? 'line' : 'bar', data: line ? values : values.slice().reverse(), label: { show: !line, position: 'right' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
