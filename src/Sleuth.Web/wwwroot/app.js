// Sleuth web page. Every piece of case data (document text, quotes, names, titles, reasons) is untrusted:
// it reaches the DOM only through text nodes (el(), textContent), never through HTML parsing, and never
// becomes an attribute that a browser would act on (href, src, style, event handlers).
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

  // Enum values are mapped through fixed tables before they become class names or labels,
  // so a value the page does not know is shown as plain text and styles nothing.
  const VERDICTS = { Answered: 'Answered', Disputed: 'Disputed', NotInSources: 'Not in the sources' };
  const STANCES = { Asserted: 'asserted', Reported: 'reported', Denied: 'denied', Speculated: 'speculated', Asked: 'asked' };
  const STATUSES = { Answer: 'answer', Refuted: 'refuted', Disputed: 'disputed', Unsupported: 'unsupported' };
  const BOARD = {
    Culprit: 'Culprit', AccusedRefuted: 'Accused, refuted', SuspectedCleared: 'Suspected, cleared',
    Disputed: 'Disputed', Suspected: 'Suspected', NamedOnly: 'Named only',
  };
  const RejectedQuotesShown = 3;
  const CATEGORIES = new Set(['kinship', 'romance', 'work', 'school', 'rivalry', 'other']);

  let token = null;
  let tokenPrompt = null;
  let info = null;
  let lastQuestion = '';
  const loaded = new Set();

  // ---------- DOM helpers ----------

  /** Creates an element; string children become text nodes, null children are skipped. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value);
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    return node;
  }

  function percent(value) {
    return `${Math.round(Math.max(0, Math.min(1, Number(value) || 0)) * 100)}%`;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  function showError(message) {
    const banner = $('error-banner');
    banner.textContent = message;
    banner.hidden = false;
  }

  function clearError() {
    $('error-banner').hidden = true;
  }

  // ---------- API ----------

  function readToken() {
    const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);
    if (match) {
      token = decodeURIComponent(match[1]);
      sessionStorage.setItem('sleuth.token', token);
      // Keep the token out of the address bar, history and screenshots.
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      token = sessionStorage.getItem('sleuth.token');
    }
  }

  /** Asks for the token once, however many requests were refused at the same time. */
  function askForToken() {
    if (!tokenPrompt) {
      tokenPrompt = Promise.resolve().then(() => {
        const entered = window.prompt('This Sleuth server needs a token:');
        tokenPrompt = null;
        if (!entered) return false;
        token = entered.trim();
        sessionStorage.setItem('sleuth.token', token);
        return true;
      });
    }
    return tokenPrompt;
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, options = {}, retried = false) {
    const headers = new Headers(options.headers || {});
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let response;
    try {
      response = await fetch(path, { ...options, headers });
    } catch {
      throw new ApiError(0, 'The Sleuth server cannot be reached.');
    }
    if (response.status === 401 && !retried && await askForToken()) {
      return api(path, options, true);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(response.status, (body && typeof body.error === 'string') ? body.error : `Request failed (${response.status}).`);
    }
    return body;
  }

  const q = encodeURIComponent;

  // ---------- Views ----------

  function showView(name) {
    for (const tab of document.querySelectorAll('.tab')) {
      if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${name}`;
    if (!loaded.has(name)) {
      loaded.add(name);
      if (name === 'people') loadPeople();
      if (name === 'timeline') loadTimeline();
      if (name === 'documents') loadDocuments();
      if (name === 'board' && lastQuestion) {
        $('board-question').value = lastQuestion;
        loadBoard(lastQuestion);
      }
    }
  }

  async function refreshInfo() {
    try {
      info = await api('/api/info');
      $('document-count').textContent = `(${info.documents})`;
      $('upload-limits').textContent = info.readOnly
        ? 'This server is read-only: uploads are disabled.'
        : `Up to ${plural(info.maxUploadFiles, 'file')} and ${formatBytes(info.maxUploadBytes)} per upload.`;
      $('file-input').disabled = info.readOnly;
    } catch (error) {
      showError(error.message);
    }
  }

  function formatBytes(bytes) {
    if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
    if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
    return `${bytes} bytes`;
  }

  // ---------- Ask and the answer card ----------

  async function ask(question) {
    question = question.trim();
    if (!question) return;
    lastQuestion = question;
    loaded.delete('board');
    const status = $('ask-status');
    const button = $('ask-button');
    status.textContent = 'Reading the sources…';
    button.disabled = true;
    try {
      const result = await api('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      clearError();
      status.textContent = '';
      renderAnswer(result);
      history.replaceState(null, '', `${location.pathname}?q=${q(question)}`);
    } catch (error) {
      status.textContent = '';
      showError(error.message);
    } finally {
      button.disabled = false;
    }
  }

  function renderAnswer(result) {
    const card = $('answer-card');
    card.replaceChildren();
    card.append(el('p', { class: 'question' }, 'Q: ', result.question));

    const cover = el('div', { class: 'cover' });
    const body = el('div', { class: 'covered-body' });
    if (result.spoilerWarning) {
      const reveal = el('button', { type: 'button', id: 'reveal-spoiler', class: 'reveal' }, 'Reveal spoiler');
      cover.append(el('p', { class: 'spoiler-note' }, 'Spoiler warning: a source behind this answer is marked as a spoiler.'), reveal);
      coverUntilRevealed(cover, body, reveal);
    }

    const verdictClass = Object.hasOwn(VERDICTS, result.verdict) ? result.verdict : '';
    body.append(el('div', { class: 'numbers' },
      el('span', { class: `verdict ${verdictClass}` }, VERDICTS[result.verdict] || String(result.verdict)),
      el('span', { class: 'confidence' }, 'Confidence ', percent(result.confidence), ' ',
        el('span', { class: 'meter', 'aria-hidden': 'true' }, meterFill(result.confidence))),
      el('span', { class: 'sources' }, `${result.supportingSources} of ${plural(result.totalSources, 'source')}`)));
    if (result.confidenceExplanation) body.append(el('p', { class: 'explanation' }, result.confidenceExplanation));

    const answers = result.answers || [];
    if (answers.length === 0) {
      body.append(el('p', { class: 'answer-text none' }, 'The sources do not answer this.'));
    }
    for (const answer of answers) body.append(renderCandidate(answer, 'answer'));

    const rejected = result.rejected || [];
    if (rejected.length > 0) {
      const section = el('div', { class: 'rejected' }, el('h3', {}, 'Rejected'));
      for (const candidate of rejected) section.append(renderCandidate(candidate, 'rejected-item'));
      body.append(section);
    }
    if ((result.trace || []).length > 0) {
      body.append(el('details', { class: 'trace' }, el('summary', {}, 'How this was answered'), el('pre', {}, result.trace.join('\n'))));
    }
    cover.append(body);
    card.append(cover);
    card.hidden = false;
  }

  /** Blurs a spoiler until the reader asks to see it; covered content is hidden from screen readers and clicks too. */
  function coverUntilRevealed(cover, body, reveal) {
    cover.classList.add('covered');
    body.setAttribute('aria-hidden', 'true');
    reveal.hidden = false;
    reveal.addEventListener('click', () => {
      cover.classList.remove('covered');
      body.removeAttribute('aria-hidden');
      reveal.remove();
    }, { once: true });
  }

  function meterFill(value) {
    const fill = el('span');
    // CSSOM property assignment, not a style attribute: allowed under the page's strict CSP.
    fill.style.width = percent(value);
    return fill;
  }

  function renderCandidate(candidate, kind) {
    const isAnswer = kind === 'answer';
    const block = el('div', { class: kind });
    const name = el(isAnswer ? 'h2' : 'span', { class: isAnswer ? 'answer-text' : 'rejected-name' }, candidate.text);
    block.append(name);
    if (!isAnswer) block.append(' ', el('span', { class: 'badge' }, STATUSES[candidate.status] || String(candidate.status)));
    const aliases = (candidate.aliases || []).filter((a) => a !== candidate.text);
    if (aliases.length > 0) block.append(el('div', { class: 'aliases' }, 'also: ', aliases.join(', ')));
    if (isAnswer) {
      block.append(el('div', { class: 'numbers' },
        el('span', {}, 'Confidence ', percent(candidate.confidence)),
        el('span', {}, `${candidate.supportingSources} supporting, ${candidate.opposingSources} opposing`)));
    }
    if (candidate.why) block.append(el('p', { class: 'why' }, candidate.why));
    let quotes = onePerSource(candidate.evidence || []);
    // For a rejected candidate, one claim for it comes first, then what refutes it, matching its "why" line.
    if (!isAnswer) {
      const claims = quotes.filter((e) => e.supports !== false);
      quotes = [...claims.slice(0, 1), ...quotes.filter((e) => e.supports === false), ...claims.slice(1)];
    }
    // A rejected candidate keeps the card short: the strongest quotes first, the rest one click away.
    const shown = isAnswer ? quotes.length : RejectedQuotesShown;
    block.append(quoteList(quotes.slice(0, shown)));
    if (quotes.length > shown) {
      block.append(el('details', { class: 'more-quotes' },
        el('summary', {}, `${plural(quotes.length - shown, 'more quote')}`),
        quoteList(quotes.slice(shown))));
    }
    return block;
  }

  /** One quote per independent source and side, in the order the engine ranked them. */
  function onePerSource(evidence) {
    const seen = new Set();
    return evidence.filter((e) => {
      const key = `${e.sourceGroup ?? e.documentId}:${e.supports}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  function quoteList(evidence) {
    return el('ul', { class: 'quotes' }, evidence.map((e) => el('li', {}, quoteButton(e))));
  }

  function quoteButton(evidence) {
    const button = el('button', {
      type: 'button',
      class: evidence.supports === false ? 'quote against' : 'quote',
      dataset: { documentId: String(evidence.documentId), start: String(evidence.start), end: String(evidence.end) },
    },
    el('span', { class: 'quote-text' }, '“', evidence.quote, '”'),
    el('span', { class: 'quote-source' },
      el('span', { class: 'doc-name' }, evidence.documentTitle || evidence.sourcePath || `document ${evidence.documentId}`),
      stanceBadge(evidence.stance),
      evidence.holder ? el('span', { class: 'badge holder' }, 'by ', evidence.holder) : null,
      evidence.supports === false ? el('span', { class: 'badge Denied' }, 'speaks against') : null));
    button.title = 'Open the document at this quote';
    button.addEventListener('click', () => openDocument(evidence.documentId, [{ start: evidence.start, end: evidence.end }]));
    return button;
  }

  function stanceBadge(stance) {
    if (stance === null || stance === undefined) return null;
    const known = Object.hasOwn(STANCES, stance);
    return el('span', { class: known ? `badge ${stance}` : 'badge' }, known ? STANCES[stance] : String(stance));
  }

  // ---------- Document view ----------

  async function openDocument(id, ranges) {
    const single = ranges.length === 1 ? `?start=${q(ranges[0].start)}&end=${q(ranges[0].end)}` : '';
    try {
      const view = await api(`/api/documents/${q(id)}${single}`);
      renderDocument(view.document, ranges.length === 1 ? view.highlights : ranges);
    } catch (error) {
      showError(error.message);
    }
  }

  function renderDocument(documentData, ranges) {
    const pane = $('doc-view');
    $('doc-title').textContent = documentData.title || documentData.sourcePath;
    // The URL is shown as text, never as a link: a javascript: URL in a source must stay inert.
    $('doc-meta').textContent = [documentData.sourcePath, documentData.author, documentData.date, documentData.url, documentData.format]
      .filter(Boolean).join(' · ');
    const textBox = $('doc-text');
    textBox.replaceChildren();
    textBox.dataset.documentId = String(documentData.id);
    const text = documentData.text || '';
    const spans = normalise(ranges, text.length);
    let at = 0;
    let first = null;
    for (const span of spans) {
      if (span.start > at) textBox.append(document.createTextNode(text.slice(at, span.start)));
      const mark = el('mark', { class: 'highlight', dataset: { start: String(span.start), end: String(span.end) } }, text.slice(span.start, span.end));
      first = first || mark;
      textBox.append(mark);
      at = span.end;
    }
    if (at < text.length) textBox.append(document.createTextNode(text.slice(at)));
    pane.hidden = false;
    if (first) first.scrollIntoView({ block: 'center' });
    else textBox.scrollTop = 0;
  }

  /** Sorted, clamped, non-overlapping ranges. */
  function normalise(ranges, length) {
    const sorted = (ranges || [])
      .map((r) => ({ start: Math.max(0, Math.min(length, Number(r.start) | 0)), end: Math.max(0, Math.min(length, Number(r.end) | 0)) }))
      .filter((r) => r.end > r.start)
      .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const r of sorted) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    return merged;
  }

  // ---------- Search ----------

  async function search(query) {
    query = query.trim();
    if (!query) return;
    showView('ask');
    try {
      const hits = await api(`/api/search?q=${q(query)}&limit=30`);
      clearError();
      const list = $('search-list');
      list.replaceChildren();
      if (hits.length === 0) list.append(el('li', { class: 'hint' }, 'No sentence matches.'));
      for (const hit of hits) {
        const open = el('button', { type: 'button', class: 'link' }, hit.documentTitle || hit.sourcePath);
        const marks = (hit.marks || []).length > 0 ? hit.marks : [{ start: hit.start, end: hit.end }];
        open.addEventListener('click', () => openDocument(hit.documentId, marks));
        list.append(el('li', { class: 'hit' }, open, el('div', { class: 'hit-text' }, markedSentence(hit))));
      }
      $('search-results').hidden = false;
    } catch (error) {
      showError(error.message);
    }
  }

  function markedSentence(hit) {
    const nodes = [];
    let at = 0;
    for (const mark of normalise((hit.marks || []).map((m) => ({ start: m.start - hit.start, end: m.end - hit.start })), hit.text.length)) {
      if (mark.start > at) nodes.push(hit.text.slice(at, mark.start));
      nodes.push(el('mark', {}, hit.text.slice(mark.start, mark.end)));
      at = mark.end;
    }
    if (at < hit.text.length) nodes.push(hit.text.slice(at));
    return nodes;
  }

  // ---------- People graph ----------

  async function loadPeople() {
    const graph = $('graph');
    try {
      const [people, relations] = await Promise.all([api('/api/people'), api('/api/relations')]);
      drawGraph(graph, people, relations);
      listRelations(relations, null);
    } catch (error) {
      loaded.delete('people');
      graph.replaceChildren(svg('text', { x: 20, y: 30 }));
      graph.firstChild.textContent = error.message;
    }
  }

  function drawGraph(graph, people, relations) {
    graph.replaceChildren();
    // Relation ends may use any alias; fold them onto the entity's main name.
    const canonical = new Map();
    for (const entity of [...people.people, ...people.organisations]) {
      canonical.set(entity.name.toLowerCase(), entity.name);
      for (const alias of entity.aliases || []) canonical.set(alias.toLowerCase(), entity.name);
    }
    const nameOf = (n) => canonical.get(String(n).toLowerCase()) || n;
    const names = new Map();
    const addNode = (name) => {
      if (!names.has(name)) names.set(name, { name, x: 0, y: 0 });
      return names.get(name);
    };
    const edges = relations.map((r) => ({ from: addNode(nameOf(r.from)), to: addNode(nameOf(r.to)), relation: r }));
    // People without relations still belong on the map of the case, up to a readable number.
    const mentions = (e) => Object.values(e.mentionsPerDocument || {}).reduce((a, b) => a + b, 0);
    for (const person of [...people.people].sort((a, b) => mentions(b) - mentions(a)).slice(0, 30)) addNode(person.name);
    const nodes = [...names.values()];
    if (nodes.length === 0) {
      const empty = svg('text', { x: 20, y: 30 });
      empty.textContent = 'No people found yet.';
      graph.append(empty);
      return;
    }
    layout(nodes, edges, 800, 560);

    // Several relations between one pair share one line and one label ("boyfriend, ex").
    const pairs = new Map();
    for (const edge of edges) {
      const key = [edge.from.name, edge.to.name].sort().join('\u0000');
      if (!pairs.has(key)) pairs.set(key, { from: edge.from, to: edge.to, kinds: [], category: edge.relation.category });
      const pair = pairs.get(key);
      if (!pair.kinds.includes(edge.relation.kind)) pair.kinds.push(edge.relation.kind);
    }
    for (const pair of pairs.values()) {
      const category = CATEGORIES.has(pair.category) ? pair.category : 'other';
      graph.append(svg('line', { x1: pair.from.x, y1: pair.from.y, x2: pair.to.x, y2: pair.to.y, class: category }));
      const label = svg('text', { x: (pair.from.x + pair.to.x) / 2, y: (pair.from.y + pair.to.y) / 2 - 3, class: 'edge-label', 'text-anchor': 'middle' });
      label.textContent = pair.kinds.join(', ');
      graph.append(label);
    }
    for (const node of nodes) {
      const circle = svg('circle', { cx: node.x, cy: node.y, r: 9, tabindex: 0 });
      const title = svg('title');
      title.textContent = node.name;
      circle.append(title);
      const select = () => {
        for (const c of graph.querySelectorAll('circle.selected')) c.classList.remove('selected');
        circle.classList.add('selected');
        selectPerson(node.name);
      };
      circle.addEventListener('click', select);
      circle.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(); });
      graph.append(circle);
      // Labels sit outside the ring, anchored away from the centre, so they do not cross the lines.
      const anchor = node.cos > 0.3 ? 'start' : node.cos < -0.3 ? 'end' : 'middle';
      const label = svg('text', {
        x: node.x + node.cos * 14, y: node.y + node.sin * 14 + (Math.abs(node.cos) <= 0.3 ? node.sin * 6 : 4),
        'text-anchor': anchor, class: 'node-label',
      });
      label.textContent = String(node.name).trim() || '(unnamed)';
      graph.append(label);
    }
  }

  /**
   * A circle, with related people next to each other: nodes are placed in the order a walk along the relations
   * meets them, so most lines are short chords rather than diameters; people without relations close the ring.
   */
  function layout(nodes, edges, width, height) {
    const neighbours = new Map(nodes.map((n) => [n, []]));
    for (const e of edges) {
      neighbours.get(e.from).push(e.to);
      neighbours.get(e.to).push(e.from);
    }
    const byDegree = [...nodes].sort((a, b) => neighbours.get(b).length - neighbours.get(a).length);
    const ordered = [];
    const seen = new Set();
    for (const root of byDegree) {
      if (seen.has(root)) continue;
      const stack = [root];
      while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node)) continue;
        seen.add(node);
        ordered.push(node);
        for (const next of [...neighbours.get(node)].sort((a, b) => neighbours.get(a).length - neighbours.get(b).length)) {
          if (!seen.has(next)) stack.push(next);
        }
      }
    }
    const cx = width / 2;
    const cy = height / 2;
    const radius = Math.min(width, height) / 2 - 60;
    ordered.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / ordered.length - Math.PI / 2;
      n.cos = Math.cos(angle);
      n.sin = Math.sin(angle);
      n.x = cx + radius * n.cos;
      n.y = cy + radius * n.sin;
    });
  }

  async function selectPerson(name) {
    try {
      listRelations(await api(`/api/relations?name=${q(name)}`), name);
    } catch (error) {
      showError(error.message);
    }
  }

  function listRelations(relations, name) {
    $('relations-title').textContent = name ? `Relations of ${name}` : 'Relations';
    const list = $('relations-list');
    list.replaceChildren();
    if (relations.length === 0) list.append(el('li', { class: 'hint' }, 'No relations found.'));
    for (const r of relations) {
      list.append(el('li', { class: 'relation' },
        el('strong', {}, r.from), ' — ', el('span', { class: 'badge' }, r.kind), ' → ', el('strong', {}, r.to),
        ' ', el('span', { class: 'hint' }, `(${r.category}; ${plural(r.sources, 'source')})`),
        quoteList(onePerSource(r.evidence || []).slice(0, 3))));
    }
  }

  // ---------- Board and claims ----------

  async function loadBoard(question) {
    lastQuestion = question;
    const boardTable = $('board-table');
    const claimsTable = $('claims-table');
    boardTable.replaceChildren(el('caption', { class: 'hint' }, 'Loading…'));
    claimsTable.replaceChildren(el('caption', { class: 'hint' }, 'Loading…'));
    await Promise.all([
      api(`/api/board?q=${q(question)}`).then(renderBoard, (e) => boardTable.replaceChildren(el('caption', { class: 'hint' }, e.message))),
      api(`/api/claims?q=${q(question)}`).then(renderClaims, (e) => claimsTable.replaceChildren(el('caption', { class: 'hint' }, e.message))),
    ]);
  }

  function renderBoard(board) {
    // The board names the culprit, so it is covered like the answer when the verdict carries a spoiler warning.
    if (board.verdict && board.verdict.spoilerWarning && $('reveal-board')) {
      $('board-spoiler').hidden = false;
      coverUntilRevealed($('board-cover'), $('board-cover').querySelector('.covered-body'), $('reveal-board'));
    }
    const table = $('board-table');
    table.replaceChildren(el('thead', {}, el('tr', {}, ['Person', 'Status', 'Accused by', 'Cleared because', 'Motive', 'Evidence'].map((h) => el('th', {}, h)))));
    const body = el('tbody');
    for (const entry of board.entries) {
      const known = Object.hasOwn(BOARD, entry.status);
      body.append(el('tr', {},
        el('td', {}, el('strong', {}, entry.person), (entry.aliases || []).length ? el('div', { class: 'aliases' }, entry.aliases.join(', ')) : null),
        el('td', { class: known ? `status-${entry.status}` : '' }, known ? BOARD[entry.status] : String(entry.status)),
        el('td', {}, (entry.accusedBy || []).join(', ')),
        el('td', {}, entry.clearedBecause || ''),
        el('td', {}, entry.motive || ''),
        el('td', {}, quoteList([...onePerSource(entry.for || []).slice(0, 2), ...onePerSource(entry.against || []).slice(0, 2)]))));
    }
    if (board.entries.length === 0) body.append(el('tr', {}, el('td', { colspan: '6', class: 'hint' }, 'Nobody is connected to this event.')));
    table.append(body);
  }

  function renderClaims(matrix) {
    const table = $('claims-table');
    table.replaceChildren(el('thead', {}, el('tr', {}, el('th', {}, 'Proposition'), matrix.sources.map((s) => el('th', {}, s.title)))));
    const body = el('tbody');
    for (const row of matrix.rows) {
      const cells = new Map(row.cells.map((c) => [c.sourceGroup, c]));
      body.append(el('tr', {},
        el('th', {}, row.proposition, row.status ? el('div', {}, el('span', { class: 'badge' }, STATUSES[row.status] || String(row.status))) : null),
        matrix.sources.map((source) => {
          const cell = cells.get(source.sourceGroup);
          if (!cell || cell.stance === null || cell.stance === undefined) {
            return el('td', { class: 'hint' }, '—', cell && cell.note ? el('div', {}, cell.note) : null);
          }
          const content = [stanceBadge(cell.stance), cell.holder ? el('span', { class: 'badge holder' }, 'by ', cell.holder) : null,
            cell.note ? el('div', { class: 'hint' }, cell.note) : null];
          if (cell.evidence) {
            const open = el('button', { type: 'button', class: 'link' }, 'quote');
            open.title = cell.evidence.quote;
            open.addEventListener('click', () => openDocument(cell.evidence.documentId, [{ start: cell.evidence.start, end: cell.evidence.end }]));
            content.push(' ', open);
          }
          return el('td', {}, content);
        })));
    }
    if (matrix.rows.length === 0) body.append(el('tr', {}, el('td', { class: 'hint' }, 'No source takes a position.')));
    table.append(body);
  }

  // ---------- Timeline ----------

  async function loadTimeline() {
    const list = $('timeline-list');
    try {
      const events = await api('/api/timeline');
      list.replaceChildren();
      if (events.length === 0) list.append(el('li', { class: 'hint' }, 'No events found.'));
      for (const event of events) {
        list.append(el('li', {},
          el('span', { class: 'anchor' }, event.anchored ? event.anchor : (event.anchor || 'in story order')),
          event.description,
          quoteList(onePerSource(event.evidence || []).slice(0, 2))));
      }
    } catch (error) {
      loaded.delete('timeline');
      list.replaceChildren(el('li', { class: 'hint' }, error.message));
    }
  }

  // ---------- Documents and upload ----------

  async function loadDocuments() {
    const list = $('documents-list');
    try {
      const documents = await api('/api/documents');
      list.replaceChildren();
      $('document-count').textContent = `(${documents.length})`;
      if (documents.length === 0) list.append(el('li', { class: 'hint' }, 'No documents yet: add some above.'));
      for (const d of documents) {
        const open = el('button', { type: 'button', class: 'link doc-link', dataset: { documentId: String(d.id) } }, d.title || d.sourcePath);
        open.addEventListener('click', () => openDocument(d.id, []));
        list.append(el('li', {}, open, el('div', { class: 'hint' },
          `${d.sourcePath} · ${d.format} · ${d.length.toLocaleString()} characters`,
          d.duplicateGroup !== d.id ? ` · near-copy of document ${d.duplicateGroup}` : '')));
      }
    } catch (error) {
      loaded.delete('documents');
      list.replaceChildren(el('li', { class: 'hint' }, error.message));
    }
  }

  function upload(fileList) {
    const files = Array.from(fileList || []);
    if (files.length === 0) return;
    if (info && info.readOnly) {
      showError('This server is read-only: uploads are disabled.');
      return;
    }
    if (info && files.length > info.maxUploadFiles) {
      showError(`Too many files: at most ${info.maxUploadFiles} per upload.`);
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (info && total > info.maxUploadBytes) {
      showError(`The upload is too large: at most ${formatBytes(info.maxUploadBytes)} per upload.`);
      return;
    }
    clearError();
    const statusList = $('upload-status');
    const rows = new Map();
    statusList.replaceChildren();
    for (const file of files) {
      const state = el('span', { class: 'file-status' }, 'waiting');
      rows.set(file.name, state);
      statusList.append(el('li', { class: 'upload-file' }, el('span', { class: 'file-name' }, file.name), ' — ', state));
    }
    const setAll = (text, cls) => {
      for (const state of rows.values()) {
        state.textContent = text;
        state.className = `file-status ${cls || ''}`;
      }
    };
    const progress = $('upload-progress');
    const summary = $('upload-summary');
    progress.hidden = false;
    progress.value = 0;
    setAll('uploading');

    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const send = (retried) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/upload');
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.responseType = 'json';
      xhr.upload.addEventListener('progress', (e) => {
        if (!e.lengthComputable) return;
        progress.value = Math.round((e.loaded / e.total) * 100);
        summary.textContent = `Uploading ${progress.value}% of ${formatBytes(e.total)}…`;
      });
      xhr.upload.addEventListener('load', () => {
        progress.value = 100;
        summary.textContent = 'Indexing…';
        setAll('indexing');
      });
      xhr.addEventListener('load', async () => {
        if (xhr.status === 401 && !retried && await askForToken()) {
          send(true);
          return;
        }
        const body = xhr.response;
        if (xhr.status !== 200 || !body) {
          const message = (body && typeof body.error === 'string') ? body.error : `Upload failed (${xhr.status}).`;
          setAll('failed', 'failed');
          summary.textContent = message;
          showError(message);
          return;
        }
        showReport(body, rows);
      });
      xhr.addEventListener('error', () => {
        setAll('failed', 'failed');
        summary.textContent = 'The upload did not reach the server.';
      });
      xhr.send(form);
    };
    send(false);
  }

  function showReport(report, rows) {
    const skipped = new Map();
    for (const s of report.skipped || []) {
      const name = String(s.path).split(/[\\/]/).pop();
      skipped.set(name, s.line ? `line ${s.line}: ${s.reason}` : s.reason);
    }
    for (const [name, state] of rows) {
      if (skipped.has(name)) {
        state.textContent = `skipped: ${skipped.get(name)}`;
        state.className = 'file-status skipped';
      } else {
        state.textContent = 'indexed';
        state.className = 'file-status ok';
      }
    }
    $('upload-summary').textContent =
      `${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged, ` +
      `${report.exactDuplicates} exact duplicates, ${report.nearDuplicates} near duplicates, ` +
      `${(report.skipped || []).length} skipped; ${plural(report.documentsInStore, 'document')} in the case.`;
    // Everything derived from the documents may have changed.
    for (const view of ['people', 'timeline', 'board']) loaded.delete(view);
    loadDocuments();
    refreshInfo();
  }

  function wireUpload() {
    const zone = $('drop-zone');
    const input = $('file-input');
    // A file dropped outside the zone would otherwise make the browser navigate away from the page.
    for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());
    zone.addEventListener('dragenter', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      upload(e.dataTransfer && e.dataTransfer.files);
    });
    zone.addEventListener('keydown', (e) => { if (e.key === 'Enter') input.click(); });
    input.addEventListener('change', () => {
      upload(input.files);
      input.value = '';
    });
  }

  // ---------- Start ----------

  function start() {
    readToken();
    for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => showView(tab.dataset.view));
    $('ask-form').addEventListener('submit', (e) => { e.preventDefault(); ask($('question').value); });
    $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search($('search-input').value); });
    $('board-form').addEventListener('submit', (e) => { e.preventDefault(); loadBoard($('board-question').value.trim()); });
    $('doc-close').addEventListener('click', () => { $('doc-view').hidden = true; });
    wireUpload();
    refreshInfo();
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      $('question').value = initial;
      ask(initial);
    }
  }

  start();
})();
