// The monitor page: reads GET /api/v1/monitor every 5 seconds and renders it; replay
// buttons POST to /api/v1/replay with the API key kept in localStorage.
(function () {
  'use strict';

  var REFRESH_MS = 5000;
  var KEY_STORAGE = 'pipeline-api-key';
  var WINDOW_STORAGE = 'pipeline-monitor-window';

  var lastUpdate = null;

  function $(id) {
    return document.getElementById(id);
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function cell(row, text, className) {
    var td = element('td', text, className);
    row.appendChild(td);
    return td;
  }

  function fill(tableId, rows, columns, emptyText) {
    var body = $(tableId).querySelector('tbody');
    body.replaceChildren();
    if (!rows || rows.length === 0) {
      var empty = element('tr', null, 'empty');
      var td = element('td', emptyText);
      td.colSpan = columns;
      empty.appendChild(td);
      body.appendChild(empty);
      return body;
    }
    return body;
  }

  function number(value) {
    return (value === null || value === undefined) ? '–' : Number(value).toLocaleString('en-US');
  }

  function duration(ms) {
    if (ms === null || ms === undefined) {
      return '–';
    }
    if (ms < 1000) {
      return ms + ' ms';
    }
    if (ms < 60000) {
      return (ms / 1000).toFixed(1) + ' s';
    }
    return (ms / 60000).toFixed(1) + ' min';
  }

  function time(iso) {
    if (!iso) {
      return '–';
    }
    var date = new Date(iso);
    return date.toLocaleString('zh-CN', { hour12: false });
  }

  function statusLink(docId) {
    if (!docId) {
      return element('span', '–');
    }
    var link = element('a', docId.length > 16 ? docId.substring(0, 16) + '…' : docId);
    link.href = '/api/v1/documents/' + encodeURIComponent(docId) + '/status';
    link.title = docId;
    link.target = '_blank';
    link.rel = 'noopener';
    link.setAttribute('data-doc-id', docId);
    return link;
  }

  function sparkline(series) {
    var ns = 'http://www.w3.org/2000/svg';
    var width = 120;
    var height = 24;
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    var counts = (series || []).map(function (point) { return point.count; });
    var max = Math.max.apply(null, counts.concat([1]));
    var step = counts.length > 1 ? width / (counts.length - 1) : width;
    var points = counts.map(function (count, i) {
      var x = (i * step).toFixed(1);
      var y = (height - 1 - (count / max) * (height - 2)).toFixed(1);
      return x + ',' + y;
    });
    var line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points.join(' '));
    svg.appendChild(line);
    // A label, not a <title>: the counts stay out of the row's text.
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'records per minute: ' + counts.join(' '));
    return svg;
  }

  function renderTopics(topics) {
    var body = fill('topics', topics, 5, 'no topics');
    (topics || []).forEach(function (topic) {
      var row = element('tr');
      row.setAttribute('data-topic', topic.topic);
      row.setAttribute('data-end-offset', topic.end_offset === null ? '' : topic.end_offset);
      row.setAttribute('data-records-in-window', topic.records_in_window);
      cell(row, topic.topic);
      cell(row, number(topic.end_offset), 'num');
      cell(row, number(topic.records_in_window), 'num');
      cell(row, topic.per_minute, 'num');
      cell(row, null).appendChild(sparkline(topic.per_minute_series));
      body.appendChild(row);
    });
  }

  function renderLag(lag) {
    var body = fill('lag', lag, 6, 'no consumer group has committed yet');
    (lag || []).forEach(function (entry) {
      var row = element('tr', null, entry.lag > 0 ? 'lagging' : '');
      row.setAttribute('data-group', entry.group);
      row.setAttribute('data-topic', entry.topic);
      row.setAttribute('data-lag', entry.lag);
      cell(row, entry.group);
      cell(row, entry.topic);
      cell(row, entry.partition, 'num');
      cell(row, number(entry.committed_offset), 'num');
      cell(row, number(entry.end_offset), 'num');
      cell(row, number(entry.lag), 'num');
      body.appendChild(row);
    });
  }

  function renderStages(stages) {
    var body = fill('stages', stages, 7, 'no stages');
    (stages || []).forEach(function (stage) {
      var row = element('tr');
      row.setAttribute('data-stage', stage.stage);
      row.setAttribute('data-done', stage.done);
      cell(row, stage.stage);
      cell(row, number(stage.done), 'num');
      cell(row, number(stage.failed), stage.failed > 0 ? 'num alert' : 'num');
      cell(row, number(stage.dead_lettered), stage.dead_lettered > 0 ? 'num alert' : 'num');
      cell(row, duration(stage.latency_ms.p50), 'num');
      cell(row, duration(stage.latency_ms.p95), 'num');
      cell(row, duration(stage.latency_ms.max), 'num');
      body.appendChild(row);
    });
  }

  function renderEndToEnd(endToEnd) {
    var body = fill('end-to-end', [endToEnd], 4, '');
    var row = element('tr');
    cell(row, number(endToEnd.count), 'num');
    cell(row, duration(endToEnd.p50), 'num');
    cell(row, duration(endToEnd.p95), 'num');
    cell(row, duration(endToEnd.max), 'num');
    body.appendChild(row);
  }

  function renderOcr(ocr) {
    var body = fill('ocr', ocr ? [ocr] : [], 4, 'disclosures index not reachable');
    if (!ocr) {
      return;
    }
    var row = element('tr');
    cell(row, number(ocr.documents), 'num');
    cell(row, number(ocr.pages), 'num');
    cell(row, duration(ocr.millis), 'num');
    cell(row, duration(ocr.millis_per_page), 'num');
    body.appendChild(row);
  }

  function replayButton(attribute, value, extra) {
    var button = element('button', '重放 Replay');
    button.type = 'button';
    button.setAttribute(attribute, value);
    Object.keys(extra || {}).forEach(function (name) {
      button.setAttribute(name, extra[name]);
    });
    return button;
  }

  function renderDeadLetters(letters) {
    var body = fill('dead-letters', letters, 3, 'broker not reachable');
    (letters || []).forEach(function (letter) {
      var row = element('tr');
      row.setAttribute('data-topic', letter.topic);
      row.setAttribute('data-records', letter.records);
      cell(row, letter.topic);
      cell(row, number(letter.records), letter.records > 0 ? 'num alert' : 'num');
      cell(row, null).appendChild(replayButton('data-replay-dlt', letter.topic));
      body.appendChild(row);
    });
  }

  function renderFailures(failures) {
    var body = fill('failures', failures, 7, 'no failures');
    (failures || []).forEach(function (failure) {
      var row = element('tr');
      cell(row, time(failure.at));
      cell(row, failure.stage || '–');
      cell(row, failure.reason || '–');
      cell(row, failure.message || '', 'message');
      cell(row, null).appendChild(statusLink(failure.doc_id));
      cell(row, failure.source || '–');
      var actions = cell(row, null);
      if (failure.replayable) {
        actions.appendChild(replayButton('data-replay-doc', failure.doc_id, { 'data-stage': failure.stage }));
      }
      body.appendChild(row);
    });
  }

  function renderStuck(stuck) {
    var body = fill('stuck', stuck, 3, 'none');
    (stuck || []).forEach(function (entry) {
      var row = element('tr');
      cell(row, null).appendChild(statusLink(entry.doc_id));
      cell(row, entry.stage);
      cell(row, time(entry.pending_since));
      body.appendChild(row);
    });
  }

  function render(report) {
    renderTopics(report.topics);
    renderLag(report.lag);
    renderStages(report.stages);
    renderEndToEnd(report.end_to_end_ms);
    renderOcr(report.ocr);
    renderDeadLetters(report.dead_letters);
    renderFailures(report.recent_failures);
    renderStuck(report.stuck);
  }

  function showStatus(text, isError) {
    var status = $('status');
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function tick() {
    if (lastUpdate) {
      var seconds = Math.round((Date.now() - lastUpdate.getTime()) / 1000);
      $('updated-at').textContent = lastUpdate.toLocaleTimeString('zh-CN', { hour12: false }) + ' (' + seconds + ' s ago)';
    }
  }

  function refresh() {
    var span = $('window').value;
    return fetch('/api/v1/monitor?window=' + encodeURIComponent(span), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.message || ('HTTP ' + response.status));
          }
          return body;
        });
      })
      .then(function (report) {
        render(report);
        lastUpdate = new Date();
        $('updated-at').setAttribute('datetime', report.generated_at);
        tick();
        showStatus('', false);
      })
      .catch(function (error) {
        showStatus('更新失败 Update failed: ' + error.message, true);
      });
  }

  function showReplayResult(text, ok) {
    var result = $('replay-result');
    result.hidden = false;
    result.textContent = text;
    result.className = ok ? 'ok' : 'error';
  }

  function replay(body, what) {
    var key = $('api-key').value;
    localStorage.setItem(KEY_STORAGE, key);
    // No figures while waiting, so a reader of the answer does not take this for it.
    showReplayResult('重放中 Replaying …', true);
    return fetch('/api/v1/replay', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': key },
      body: JSON.stringify(body)
    })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try {
            json = text ? JSON.parse(text) : null;
          }
          catch (ignored) {
            json = null;
          }
          if (!response.ok) {
            var message = (json && (json.message || json.error)) || text || ('HTTP ' + response.status);
            showReplayResult('重放失败 Replay of ' + what + ' failed (' + response.status + '): ' + message, false);
            return;
          }
          var sent = json && json.records_sent !== undefined ? json.records_sent : '?';
          showReplayResult('已重放 Replayed ' + what + ': records_sent = ' + sent
            + (json && json.replay_id ? ' (replay ' + json.replay_id + ')' : ''), true);
          refresh();
        });
      })
      .catch(function (error) {
        showReplayResult('重放失败 Replay of ' + what + ' failed: ' + error.message, false);
      });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-replay-doc')) {
      var docId = button.getAttribute('data-replay-doc');
      replay({ doc_id: docId, stage: button.getAttribute('data-stage') }, docId + ' at ' + button.getAttribute('data-stage'));
    }
    else if (button.hasAttribute('data-replay-dlt')) {
      var topic = button.getAttribute('data-replay-dlt');
      replay({ dead_letter_topic: topic }, topic);
    }
  });

  var keyInput = $('api-key');
  keyInput.value = localStorage.getItem(KEY_STORAGE) || '';
  keyInput.addEventListener('input', function () {
    localStorage.setItem(KEY_STORAGE, keyInput.value);
  });

  var windowSelect = $('window');
  var storedWindow = localStorage.getItem(WINDOW_STORAGE);
  if (storedWindow) {
    windowSelect.value = storedWindow;
  }
  windowSelect.addEventListener('change', function () {
    localStorage.setItem(WINDOW_STORAGE, windowSelect.value);
    refresh();
  });

  refresh();
  setInterval(refresh, REFRESH_MS);
  setInterval(tick, 1000);
}());
