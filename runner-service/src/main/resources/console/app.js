// The prison-sync operator console. It draws every panel from /console/catalogue (the domain kit's registries) and
// acts only through the service's own API with the operator's bearer token, so it knows no domain and can do nothing
// the API and the CLI cannot. Text from the service (a DLQ message body, a failure reason) is always set as text,
// never as HTML: those are written by whoever put a message on a queue.
'use strict';

const state = { catalogue: null, timers: [] };

// ---------- small helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'onclick') node.addEventListener('click', value);
    else if (key === 'onsubmit') node.addEventListener('submit', value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function table(headings, rows, attrs) {
  return el('table', attrs || {},
    el('thead', {}, el('tr', {}, headings.map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function cell(value, cls) {
  return el('td', cls ? { class: cls } : {}, value === undefined || value === null ? '' : value);
}

function when(instant) {
  return instant ? String(instant).replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

function pretty(value) {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function notice(message, kind) {
  const box = document.getElementById('notice');
  box.textContent = message || '';
  box.className = kind || '';
  box.hidden = !message;
}

function every(ms, fn) {
  const id = setInterval(fn, ms);
  state.timers.push(id);
  return id;
}

function stopTimers() {
  state.timers.forEach(clearInterval);
  state.timers = [];
}

// ---------- the API ----------

class ApiError extends Error {
  constructor(status, body) {
    const detail = body && typeof body === 'object' ? (body.developerMessage || body.userMessage) : body;
    super('HTTP ' + status + (detail ? ': ' + detail : ''));
    this.status = status;
    this.body = body;
  }
}

async function api(method, path, body, okStatuses) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('prison-sync-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (notJson) { data = text; }
  if (!response.ok && !(okStatuses || []).includes(response.status)) {
    const error = new ApiError(response.status, data);
    if (response.status === 401) {
      notice('This needs a bearer token: paste one in the box above (' + error.message + ').');
    } else if (response.status === 403) {
      notice('Your token may not do this: ' + error.message);
    }
    throw error;
  }
  return data;
}

// Runs an action behind a button: the button is disabled meanwhile and a failure is shown in `out`.
async function guarded(button, out, action) {
  if (button) button.disabled = true;
  try {
    await action();
  } catch (e) {
    if (out) out.replaceChildren(el('p', { class: 'bad error' }, e.message));
    else notice(e.message);
  } finally {
    if (button) button.disabled = false;
  }
}

// An in-page confirmation: nothing irreversible runs from one click.
function confirmIn(out, question, label, action) {
  const box = el('div', { class: 'confirm' }, el('span', {}, question + ' '));
  const yes = el('button', { class: 'danger primary confirm-yes', type: 'button' }, label);
  const no = el('button', { type: 'button', class: 'confirm-no' }, 'Cancel');
  yes.addEventListener('click', () => guarded(yes, out, async () => { await action(); box.remove(); }));
  no.addEventListener('click', () => box.remove());
  box.append(yes, ' ', no);
  out.replaceChildren(box);
}

// ---------- parameter forms (operations and migration filters) ----------

const INPUT_TYPES = { DATE: 'date', LONG: 'number', INTEGER: 'number' };

function paramInput(param) {
  const id = 'p-' + param.name;
  let input;
  if (param.type === 'BOOLEAN') {
    input = el('select', { name: param.name, 'data-param': param.name },
      el('option', { value: '' }, param.defaultValue ? '(default ' + param.defaultValue + ')' : ''),
      el('option', { value: 'true' }, 'true'), el('option', { value: 'false' }, 'false'));
  } else {
    input = el('input', {
      name: param.name, 'data-param': param.name, type: INPUT_TYPES[param.type] || 'text',
      placeholder: param.defaultValue ? 'default ' + param.defaultValue : (param.required ? 'required' : ''),
      required: param.required && !param.defaultValue, min: param.min, max: param.max,
      maxlength: param.type === 'STRING' ? param.maxLength : undefined, id,
    });
  }
  return el('label', { title: param.description }, param.name + (param.required ? ' *' : ''), input);
}

// The form's values by parameter name, blanks left out.
function formValues(form) {
  const values = {};
  form.querySelectorAll('[data-param]').forEach(input => {
    if (input.value.trim() !== '') values[input.dataset.param] = input.value.trim();
  });
  return values;
}

// A value as a JSON body field: the API reads types strictly, so numbers, booleans and lists are sent as such.
function bodyValue(param, text) {
  if (param.type === 'LONG' || param.type === 'INTEGER') return /^-?[0-9]+$/.test(text) ? Number(text) : text;
  if (param.type === 'BOOLEAN') return text === 'true' ? true : text === 'false' ? false : text;
  if (param.type === 'LIST') return text.split(',').map(s => s.trim()).filter(Boolean);
  return text;
}

function bodyOf(params, values) {
  const body = {};
  params.filter(p => p.location === 'BODY' && values[p.name] !== undefined)
    .forEach(p => { body[p.name] = bodyValue(p, values[p.name]); });
  return body;
}

// The request an operation's form describes: its path with the path parameters, the query and the JSON body.
function requestOf(op, values, dryRun) {
  let path = op.path;
  const missing = [];
  for (const p of op.params.filter(q => q.location === 'PATH')) {
    if (values[p.name] === undefined) missing.push(p.name);
    path = path.replace('{' + p.name + '}', encodeURIComponent(values[p.name] || ''));
  }
  if (missing.length) throw new Error('fill in ' + missing.join(', '));
  const query = new URLSearchParams();
  op.params.filter(p => p.location === 'QUERY' && p.name !== 'dryRun' && values[p.name] !== undefined)
    .forEach(p => query.append(p.name, values[p.name]));
  if (dryRun !== undefined) query.append('dryRun', String(dryRun));
  const hasBody = op.params.some(p => p.location === 'BODY');
  return { path: path + (query.toString() ? '?' + query : ''), body: hasBody ? bodyOf(op.params, values) : undefined };
}

// ---------- panels ----------

const panels = {
  queues: queuesPanel,
  migrations: migrationsPanel,
  reconciliations: reconciliationsPanel,
  duplicates: duplicatesPanel,
  trail: trailPanel,
  operations: operationsPanel,
  about: aboutPanel,
};

async function queuesPanel(main) {
  const list = el('div', { id: 'queue-list' });
  const dlq = el('div', { id: 'dlq-view' });
  main.append(el('h2', {}, 'Queues'), list, dlq);
  const draw = async () => {
    const health = await api('GET', '/health', undefined, [503]);
    const rows = Object.entries(health.components || {}).map(([component, q]) => {
      const d = q.details || {};
      return el('tr', { 'data-queue': d.queueName || component },
        cell(component.replace(/-health$/, '')), cell(d.queueName), cell(d.messagesOnQueue, 'num'),
        cell(d.messagesInFlight, 'num'), cell(d.dlqName), cell(d.messagesOnDlq, 'num dlq-count'),
        cell(q.status, q.status === 'UP' ? 'good' : 'bad'),
        el('td', {}, d.dlqName ? el('button', { type: 'button', class: 'open-dlq',
          onclick: () => guarded(null, dlq, () => openDlq(dlq, d.dlqName, d.queueName, draw)) }, 'Open DLQ') : ''));
    });
    list.replaceChildren(table(['queue', 'name', 'on queue', 'in flight', 'DLQ', 'on DLQ', 'status', ''], rows,
      { id: 'queues' }));
  };
  await draw();
  every(3000, () => draw().catch(() => {}));
}

async function openDlq(out, dlqName, queueName, redraw) {
  const found = await api('GET', '/queue-admin/get-dlq-messages/' + encodeURIComponent(dlqName) + '?maxMessages=50');
  const result = el('div', { class: 'result', id: 'dlq-result' });
  const retry = el('button', { type: 'button', class: 'retry-dlq' }, 'Retry all');
  const purge = el('button', { type: 'button', class: 'danger purge-dlq' }, 'Purge');
  const count = found.messagesFoundCount;
  retry.addEventListener('click', () => confirmIn(result,
    'Move ' + count + ' message(s) from ' + dlqName + ' back to ' + queueName + '?', 'Retry', async () => {
      const done = await api('PUT', '/queue-admin/retry-dlq/' + encodeURIComponent(dlqName));
      result.replaceChildren(el('p', { class: 'good' }, done.messagesFoundCount + ' message(s) moved back to '
        + queueName + '.'));
      await redraw();
    }));
  purge.addEventListener('click', () => confirmIn(result,
    'Delete ' + count + ' message(s) from ' + dlqName + ' for good? Read their reasons first.', 'Purge', async () => {
      const done = await api('PUT', '/queue-admin/purge-queue/' + encodeURIComponent(dlqName));
      result.replaceChildren(el('p', { class: 'good' }, done.messagesFoundCount + ' message(s) purged.'));
      await redraw();
    }));
  const messages = found.messages.map(m => el('section', { class: 'card dlq-message', 'data-message-id': m.messageId },
    el('div', {}, el('strong', {}, 'Message ' + m.messageId)),
    el('div', { class: 'failure-reason' }, 'Failure reason: ', m.failureReason || '(none recorded)'),
    el('pre', { class: 'dlq-body' }, pretty(m.body))));
  out.replaceChildren(el('h3', {}, dlqName + ': ' + count + ' message(s)'),
    el('div', {}, retry, ' ', purge), result,
    ...(messages.length ? messages : [el('p', { class: 'muted' }, 'The DLQ is empty.')]));
}

async function migrationsPanel(main) {
  main.append(el('h2', {}, 'Migrations'));
  if (!state.catalogue.migrations.length) main.append(el('p', { class: 'muted' }, 'No migration type is installed.'));
  for (const type of state.catalogue.migrations) {
    const card = el('section', { class: 'card migration', 'data-type': type.name });
    main.append(card);
    const form = el('form', { class: 'params' }, type.filter.map(paramInput));
    const out = el('div', { class: 'result migration-result' });
    const active = el('div', { class: 'migration-active' });
    const history = el('div', { class: 'migration-history' });
    const preview = el('button', { type: 'button', class: 'preview' }, 'Preview');
    const start = el('button', { type: 'button', class: 'primary start' }, 'Start');
    const base = '/migrate/' + encodeURIComponent(type.word);
    preview.addEventListener('click', () => guarded(preview, out, async () => {
      const p = await api('POST', base + '/preview', bodyOf(type.filter, formValues(form)));
      out.replaceChildren(el('div', { class: 'preview-result' },
        el('p', {}, 'About ' + p.estimatedCount + ' ' + type.entities + ' would be migrated; '
          + p.messagesOnDlq + ' message(s) wait on its DLQ.'),
        p.warnings.length ? el('ul', { class: 'warnings' }, p.warnings.map(w => el('li', { class: 'bad' }, w)))
          : el('p', { class: 'good' }, 'No warnings.')));
    }));
    start.addEventListener('click', () => guarded(start, out, async () => {
      const started = await api('POST', base, bodyOf(type.filter, formValues(form)));
      out.replaceChildren(el('p', { class: 'good started' }, 'Started migration ' + started.migrationId
        + ' of about ' + started.estimatedCount + ' ' + type.entities + '.'));
      await drawActive();
    }));
    card.append(el('h3', {}, type.name + ' — ' + type.summary), el('p', { class: 'muted' }, type.description),
      form, el('div', {}, preview, ' ', start), out, active, el('h3', {}, 'History'), history);

    const drawActive = async () => {
      const run = await api('GET', '/migrate/history/active/' + encodeURIComponent(type.name));
      if (!run.migrationId) {
        active.replaceChildren(el('p', { class: 'muted' }, 'Nothing running.'));
        return;
      }
      const elapsed = Math.max(1, (Date.now() - Date.parse(run.whenStarted)) / 1000);
      const rate = run.recordsMigrated / elapsed;
      const left = Math.max(0, run.estimatedRecordCount - run.recordsMigrated - run.recordsFailed);
      const bar = el('div', {});
      bar.style.width = Math.min(100, 100 * (run.recordsMigrated + run.recordsFailed)
        / Math.max(1, run.estimatedRecordCount)) + '%';
      const cancel = el('button', { type: 'button', class: 'danger cancel' }, 'Cancel');
      cancel.addEventListener('click', () => confirmIn(out, 'Cancel migration ' + run.migrationId + '?', 'Cancel it',
        async () => {
          await api('POST', '/migrate/cancel/' + encodeURIComponent(run.migrationId));
          out.replaceChildren(el('p', {}, 'Cancelling ' + run.migrationId + '…'));
        }));
      active.replaceChildren(el('div', { class: 'running', 'data-migration-id': run.migrationId },
        el('strong', {}, run.status + ' ' + run.migrationId), ' ', cancel,
        el('div', { class: 'progress' }, bar),
        el('div', { class: 'counts' }, run.recordsMigrated + ' of ~' + run.estimatedRecordCount + ' migrated, '
          + run.recordsFailed + ' failed, ' + rate.toFixed(1) + '/s'
          + (rate > 0 ? ', about ' + Math.ceil(left / rate) + ' s left' : ''))));
    };
    const drawHistory = async () => {
      const runs = await api('GET', '/migrate/history/all/' + encodeURIComponent(type.name));
      runs.sort((a, b) => String(b.whenStarted).localeCompare(String(a.whenStarted)));
      history.replaceChildren(table(['id', 'started', 'ended', 'status', 'migrated', 'failed', 'filter', ''],
        runs.slice(0, 20).map(r => {
          const failures = el('div', { class: 'failures' });
          const show = el('button', { type: 'button', class: 'show-failures' }, 'Failures');
          show.addEventListener('click', () => guarded(show, failures, async () => {
            const list = await api('GET', '/migrate/failures/' + encodeURIComponent(r.migrationId));
            failures.replaceChildren(list.length ? el('ul', {}, list.map(f => el('li', {}, pretty(f))))
              : el('span', { class: 'muted' }, 'none'));
          }));
          return el('tr', { 'data-migration-id': r.migrationId, 'data-status': r.status },
            cell(r.migrationId), cell(when(r.whenStarted)), cell(when(r.whenEnded)), cell(r.status, 'status'),
            cell(r.recordsMigrated, 'num migrated'), cell(r.recordsFailed, 'num'), cell(r.filter),
            el('td', {}, r.recordsFailed > 0 ? show : '', failures));
        })));
    };
    await Promise.all([drawActive(), drawHistory()]);
    every(1000, () => Promise.all([drawActive(), drawHistory()]).catch(() => {}));
  }
}

async function reconciliationsPanel(main) {
  main.append(el('h2', {}, 'Reconciliations'));
  const view = el('div', { id: 'run-view' });
  for (const rec of state.catalogue.reconciliations) {
    const base = '/reconciliations/' + encodeURIComponent(rec.name);
    const form = el('form', { class: 'params' }, rec.dated ? paramInput({ name: 'date', type: 'DATE',
      description: 'the day to compare (default yesterday)' }) : '');
    const out = el('div', { class: 'result' });
    const runs = el('div', { class: 'runs' });
    const runNow = el('button', { type: 'button', class: 'primary run-now' }, 'Run now');
    const drawRuns = async () => {
      const list = await api('GET', base + '/runs?limit=10');
      runs.replaceChildren(list.length ? table(['run', 'status', 'started', 'ended', 'checked', 'mismatches', ''],
        list.map(r => el('tr', { 'data-run-id': r.id, 'data-status': r.status },
          cell(r.id), cell(r.status, 'status'), cell(when(r.startedAt)), cell(when(r.endedAt)),
          cell(r.checked, 'num'), cell(r.mismatchCount, 'num mismatch-count'),
          el('td', {}, el('button', { type: 'button', class: 'show-run',
            onclick: () => guarded(null, view, () => showRun(view, r.id)) }, 'Show'))))) : el('p', { class: 'muted' }, 'No runs yet.'));
    };
    runNow.addEventListener('click', () => guarded(runNow, out, async () => {
      const values = formValues(form);
      const run = await api('POST', base + '/runs' + (values.date ? '?date=' + encodeURIComponent(values.date) : ''));
      out.replaceChildren(el('p', {}, 'Started run ' + run.id + '.'));
      await drawRuns();
    }));
    main.append(el('section', { class: 'card reconciliation', 'data-name': rec.name },
      el('h3', {}, rec.name), el('p', { class: 'muted' }, rec.schedule ? 'Scheduled: ' + rec.schedule : 'Not scheduled'),
      form, runNow, out, runs));
    await drawRuns();
    every(2000, () => drawRuns().catch(() => {}));
  }
  if (!state.catalogue.reconciliations.length) main.append(el('p', { class: 'muted' }, 'No reconciliation is installed.'));
  main.append(view);
}

async function showRun(view, runId) {
  const shown = await api('GET', '/reconciliations/runs/' + encodeURIComponent(runId));
  const run = shown.run;
  const result = el('div', { class: 'result repair-result' });
  const repairAll = el('button', { type: 'button', class: 'repair-all' }, 'Repair all (dry run first)');
  repairAll.addEventListener('click', () => guarded(repairAll, result, () => repair(result, runId, null)));
  view.replaceChildren(el('section', { class: 'card', id: 'run-' + runId, 'data-run-id': runId },
    el('h3', {}, run.name + ' run ' + run.id + ': ' + run.status),
    el('p', {}, run.checked + ' checked, ' + run.mismatchCount + ' mismatch(es), ' + run.itemErrors
      + ' item error(s), ' + run.pageErrors + ' page error(s)'),
    shown.mismatches.length ? [repairAll, table(['key', 'NOMIS', 'DPS', 'likely wrong', 'note', ''],
      shown.mismatches.map(m => {
        const one = el('button', { type: 'button', class: 'repair-one' }, 'Repair (dry run first)');
        one.addEventListener('click', () => guarded(one, result, () => repair(result, runId, m.key)));
        return el('tr', { class: 'mismatch', 'data-key': m.key }, cell(m.key), cell(m.nomisValue ?? 'none'),
          cell(m.dpsValue ?? 'none'), cell(m.likelySide), cell(m.note), el('td', {}, one));
      }), { class: 'mismatches' })] : el('p', { class: 'good' }, 'No mismatches.'),
    result));
}

// A repair is shown as its dry run first; only then can it be applied, with the same scope.
async function repair(out, runId, key) {
  const path = '/reconciliations/runs/' + encodeURIComponent(runId) + '/repair?'
    + (key ? 'key=' + encodeURIComponent(key) + '&' : '');
  const planned = await api('POST', path + 'dryRun=true');
  const apply = el('button', { type: 'button', class: 'danger primary apply-repair' }, 'Apply this repair');
  apply.addEventListener('click', () => guarded(apply, out, async () => {
    const done = await api('POST', path + 'dryRun=false');
    out.replaceChildren(el('div', { class: 'repair-applied' }, el('strong', {}, 'Repaired:'), repairList(done),
      el('p', { class: 'muted' }, 'Run the reconciliation again to confirm.')));
  }));
  out.replaceChildren(el('div', { class: 'dry-run' }, el('strong', {}, 'Dry run — nothing changed yet:'),
    repairList(planned), apply));
  out.scrollIntoView({ block: 'nearest' });
}

function repairList(results) {
  return el('ul', {}, results.map(r => el('li', { 'data-key': r.key }, r.key + ': ' + r.outcome + ' — ' + r.description)));
}

async function duplicatesPanel(main) {
  const out = el('div', { id: 'duplicates' });
  main.append(el('h2', {}, 'Duplicates found'),
    el('p', { class: 'muted' }, 'Every event of the last 7 days whose name says a duplicate was met, from the event '
      + 'trail. The repairs that remove them are under Repairs & queries.'), out);
  const found = await api('GET', '/events?event=' + encodeURIComponent('*duplicate*') + '&since=7d&limit=500');
  out.replaceChildren(trailTable(found.slice().reverse()));
}

function trailTable(entries) {
  if (!entries.length) return el('p', { class: 'muted' }, 'Nothing found.');
  return table(['time', 'event', 'prisoner', 'booking', 'NOMIS id', 'DPS id', 'outcome', 'reason'],
    entries.map(e => el('tr', { class: 'trail-entry', 'data-event': e.event },
      cell(when(e.at)), cell(e.event), cell(e.prisoner), cell(e.bookingId), cell(e.nomisId), cell(e.dpsId),
      cell(e.outcome), cell(e.reason))), { class: 'trail' });
}

async function trailPanel(main, argument) {
  const prisoner = el('input', { name: 'prisoner', id: 'trail-prisoner', placeholder: 'A1234BC', maxlength: 10,
    value: argument || '' });
  const since = el('select', { name: 'since', id: 'trail-since' },
    ['1h', '24h', '7d', '30d'].map(s => el('option', { value: s, selected: s === '24h' }, s)));
  const out = el('div', { id: 'trail-result' });
  const form = el('form', { class: 'params', id: 'trail-form' },
    el('label', {}, 'Prisoner number', prisoner), el('label', {}, 'Since', since),
    el('button', { type: 'submit', class: 'primary' }, 'Show trail'));
  const show = async () => {
    const number = prisoner.value.trim().toUpperCase();
    const entries = await api('GET', '/events?prisoner=' + encodeURIComponent(number) + '&since=' + since.value);
    history.replaceState(null, '', '#trail/' + encodeURIComponent(number));
    out.replaceChildren(el('p', {}, entries.length + ' event(s) for ' + number + ', oldest first.'), trailTable(entries));
  };
  form.addEventListener('submit', event => { event.preventDefault(); guarded(null, out, show); });
  main.append(el('h2', {}, 'Event trail'), form, out);
  if (argument) await guarded(null, out, show);
}

async function operationsPanel(main) {
  main.append(el('h2', {}, 'Repairs & queries'),
    el('p', { class: 'muted' }, 'Every operation the service offers, as the CLI groups them. A repair runs as a dry '
      + 'run first; Apply becomes available once its dry run has been seen.'));
  const groups = {};
  state.catalogue.operations.forEach(op => (groups[op.group] = groups[op.group] || []).push(op));
  for (const group of Object.keys(groups).sort()) {
    main.append(el('section', { class: 'card', 'data-group': group }, el('h3', {}, group),
      groups[group].map(operationForm)));
  }
}

function operationForm(op) {
  const params = op.params.filter(p => p.name !== 'dryRun');
  const form = el('form', { class: 'params' }, params.map(paramInput));
  const out = el('div', { class: 'result' });
  const controls = el('div', {});
  const run = async dryRun => {
    const request = requestOf(op, formValues(form), dryRun);
    const answer = await api(op.method, request.path, request.body);
    return answer === null ? '(done)' : answer;
  };
  if (op.kind === 'REPAIR') {
    const dry = el('button', { type: 'button', class: 'dry-run' }, 'Dry run');
    const apply = el('button', { type: 'button', class: 'danger primary apply', disabled: true }, 'Apply');
    let seen = null;
    dry.addEventListener('click', () => guarded(dry, out, async () => {
      const answer = await run(true);
      seen = JSON.stringify(formValues(form));
      apply.disabled = false;
      out.replaceChildren(el('strong', {}, 'Dry run — nothing changed:'), el('pre', {}, pretty(answer)));
    }));
    form.addEventListener('input', () => { apply.disabled = true; seen = null; });
    apply.addEventListener('click', () => guarded(apply, out, async () => {
      if (seen !== JSON.stringify(formValues(form))) throw new Error('run the dry run of these values first');
      const answer = await run(false);
      out.replaceChildren(el('strong', {}, 'Applied:'), el('pre', {}, pretty(answer)));
    }));
    controls.append(dry, ' ', apply);
  } else {
    const go = el('button', { type: 'button', class: 'primary run' }, op.kind === 'QUERY' ? 'Run' : 'Run command');
    go.addEventListener('click', () => guarded(go, out, async () => {
      out.replaceChildren(el('pre', {}, pretty(await run(undefined))));
    }));
    controls.append(go);
  }
  return el('details', { class: 'op', 'data-operation': op.name },
    el('summary', {}, el('span', { class: 'kind' }, op.kind.toLowerCase()), op.summary,
      el('span', { class: 'muted' }, '  ' + op.method + ' ' + op.path)),
    op.description ? el('p', { class: 'muted' }, op.description) : '', form, controls, out);
}

async function aboutPanel(main) {
  const info = await api('GET', '/info');
  const switches = info['event-feature-switches'] || {};
  main.append(el('h2', {}, 'Switches & versions'),
    el('p', {}, 'Version ', el('strong', { id: 'build-version' }, info.build.version)),
    el('h3', {}, 'Feature switches'),
    Object.keys(switches).length ? table(['event', 'enabled'], Object.entries(switches).map(([k, v]) =>
      el('tr', {}, cell(k), cell(String(v), v ? 'good' : 'bad')))) : el('p', { class: 'muted' },
      'No switch is set: every event type is on.'),
    el('h3', {}, 'Event types consumed'), el('ul', {}, (info['event-types'] || []).map(t => el('li', {}, t))));
}

// ---------- navigation ----------

async function show() {
  stopTimers();
  notice('');
  const [name, argument] = (location.hash.replace(/^#/, '') || 'queues').split('/');
  const panel = panels[name] || panels.queues;
  document.querySelectorAll('#tabs a').forEach(a => a.classList.toggle('current', a.getAttribute('href') === '#' + name));
  const main = document.getElementById('panel');
  main.replaceChildren();
  main.dataset.panel = name;
  try {
    await panel(main, argument && decodeURIComponent(argument));
  } catch (e) {
    notice(e.message);
  }
  main.dataset.ready = 'true';
}

async function start() {
  const response = await fetch('/console/catalogue', { headers: { Accept: 'application/json' } });
  state.catalogue = await response.json();
  document.getElementById('version').textContent = state.catalogue.version;
  const form = document.getElementById('token-form');
  if (state.catalogue.authEnabled) {
    form.hidden = false;
    document.getElementById('token').value = sessionStorage.getItem('prison-sync-token') || '';
    document.getElementById('token-hint').textContent = state.catalogue.tokenUrl
      ? 'client-credentials token from ' + state.catalogue.tokenUrl : '';
    form.addEventListener('submit', event => {
      event.preventDefault();
      sessionStorage.setItem('prison-sync-token', document.getElementById('token').value.trim());
      show();
    });
  }
  window.addEventListener('hashchange', show);
  await show();
}

start().catch(e => notice('The console could not start: ' + e.message));
