// Hyde's built-in docs theme: search. The index is built with the site (dev.hyde.search) as
// static files: a manifest, one shard per term prefix and the sections' texts in chunks. This
// script fetches only the shards of the words typed and the chunks of the results shown, from
// the site's own server. The search box is a combobox with a listbox of results (WAI-ARIA
// combobox pattern): "/" focuses it, the arrow keys move through the results, Enter opens
// one, Escape closes them.
(function () {
  "use strict";
  var holder = document.querySelector(".search[data-search-index]");
  if (!holder || !window.fetch) {
    return;
  }
  var indexUrl = holder.getAttribute("data-search-index");
  var folder = indexUrl.replace(/[^/]*$/, "");
  var MAX_RESULTS = 10;
  var PREFIX_TERMS = 30;

  // ---- The search box.
  var label = document.createElement("label");
  label.className = "visually-hidden";
  label.setAttribute("for", "hyde-search-input");
  label.textContent = "Search the documentation";
  var input = document.createElement("input");
  input.id = "hyde-search-input";
  input.className = "search-input";
  input.type = "text";
  input.placeholder = "Search";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", "hyde-search-results");
  input.setAttribute("aria-keyshortcuts", "/");
  var key = document.createElement("kbd");
  key.className = "search-key";
  key.setAttribute("aria-hidden", "true");
  key.textContent = "/";
  var popup = document.createElement("div");
  popup.className = "search-popup";
  popup.hidden = true;
  // It scrolls when the results are long, so it can take focus and be scrolled with the keys
  // (WCAG 2.1.1; axe's scrollable-region-focusable). In practice focus never reaches it: the
  // results close when the box loses focus, and the arrow keys move through them from the box.
  popup.tabIndex = 0;
  var status = document.createElement("p");
  status.className = "search-status visually-hidden";
  status.setAttribute("role", "status");
  var list = document.createElement("ul");
  list.id = "hyde-search-results";
  list.className = "search-results";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  var empty = document.createElement("p");
  empty.className = "search-empty";
  empty.setAttribute("aria-hidden", "true");
  empty.hidden = true;
  popup.appendChild(empty);
  popup.appendChild(list);
  holder.appendChild(label);
  holder.appendChild(input);
  holder.appendChild(key);
  holder.appendChild(status);
  holder.appendChild(popup);

  // ---- Words, split as dev.hyde.search.Words splits the pages' text.
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]/u;
  var DIGIT = /\p{Nd}/u;
  var SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;

  function kind(ch) {
    if (!LETTER_OR_DIGIT.test(ch)) {
      return "sep";
    }
    if (DIGIT.test(ch)) {
      return "word";
    }
    if (CJK.test(ch)) {
      return "cjk";
    }
    return SHARED.test(ch) ? "shared" : "word";
  }

  function normalise(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  // The query's terms: {term, prefix, cjk}. The last word is matched as a prefix while it is
  // being typed (no space after it yet).
  function queryTerms(query, stop) {
    var terms = [];
    var word = "";
    var run = "sep";
    var previousCjk = null;
    var cjkRun = 0;
    function endWord() {
      if (word) {
        var term = normalise(word);
        var length = Array.from(term).length;
        if (length >= 2 && length <= 40 && !stop[term]) {
          terms.push({ term: term, cjk: false });
        }
        word = "";
      }
    }
    function endCjk() {
      if (cjkRun === 1) {
        terms.push({ term: normalise(previousCjk), cjk: true });
      }
      previousCjk = null;
      cjkRun = 0;
    }
    Array.from(query).forEach(function (ch) {
      var k = kind(ch);
      if (k === "shared") {
        k = run === "sep" ? "word" : run;
      }
      if (k === "word") {
        if (run === "cjk") {
          endCjk();
        }
        word += ch;
      } else if (k === "cjk") {
        endWord();
        if (previousCjk !== null) {
          terms.push({ term: normalise(previousCjk + ch), cjk: true });
        }
        previousCjk = ch;
        cjkRun++;
      } else {
        endWord();
        endCjk();
      }
      run = k;
    });
    endWord();
    endCjk();
    var typing = query.length && !/\s$/.test(query);
    terms.forEach(function (t, i) {
      // A CJK character typed alone matches the pairs it starts; the last word may be unfinished.
      t.prefix = (t.cjk && Array.from(t.term).length === 1) || (typing && i === terms.length - 1 && !t.cjk);
    });
    return terms;
  }

  function shardKey(term) {
    var chars = Array.from(term);
    return chars.slice(0, CJK.test(chars[0]) ? 1 : 2).join("");
  }

  function fileName(shard) {
    return Array.from(shard).map(function (ch) {
      return /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16);
    }).join("");
  }

  // ---- Index files, each fetched once.
  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(folder + path).then(function (response) {
        if (!response.ok) {
          throw new Error("search index file " + path + ": " + response.status);
        }
        return response.json();
      });
      cache[path].catch(function () { delete cache[path]; });
    }
    return cache[path];
  }
  var manifest = null;
  function loadManifest() {
    if (!manifest) {
      manifest = fetch(indexUrl).then(function (response) {
        if (!response.ok) {
          throw new Error("search index: " + response.status);
        }
        return response.json();
      }).then(function (m) {
        m.shardSet = {};
        m.shards.forEach(function (s) { m.shardSet[s] = true; });
        m.stopSet = {};
        m.stop.forEach(function (s) { m.stopSet[s] = true; });
        return m;
      });
      manifest.catch(function () { manifest = null; });
    }
    return manifest;
  }

  // ---- Ranking: each query term scores a section by weight times rarity; a section must hold
  // every term (when none holds them all, those holding the most come first).
  function scoreTerm(m, shard, t) {
    var scores = new Map();
    var matched = [];
    if (shard) {
      if (t.prefix) {
        Object.keys(shard).forEach(function (term) {
          if (term.lastIndexOf(t.term, 0) === 0) {
            matched.push(term);
          }
        });
        matched.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); });
        matched = matched.slice(0, PREFIX_TERMS);
      } else if (Object.prototype.hasOwnProperty.call(shard, t.term)) {
        matched.push(t.term);
      }
    }
    matched.forEach(function (term) {
      var postings = shard[term];
      var idf = Math.log(1 + m.sections / postings[0]);
      var factor = term === t.term ? 1 : 0.7;
      var id = 0;
      for (var i = 1; i < postings.length; i += 2) {
        id += postings[i];
        var s = postings[i + 1] * idf * factor;
        if (!(scores.get(id) >= s)) {
          scores.set(id, s);
        }
      }
    });
    return { scores: scores, matched: matched };
  }

  function rank(m, terms, shards) {
    var total = new Map();
    var matchedTerms = [];
    terms.forEach(function (t, i) {
      var result = scoreTerm(m, shards[i], t);
      matchedTerms = matchedTerms.concat(result.matched);
      result.scores.forEach(function (s, id) {
        var entry = total.get(id);
        if (!entry) {
          entry = { id: id, score: 0, terms: 0 };
          total.set(id, entry);
        }
        entry.score += s;
        entry.terms++;
      });
    });
    var ranked = Array.from(total.values());
    ranked.sort(function (a, b) { return b.terms - a.terms || b.score - a.score || a.id - b.id; });
    return { ranked: ranked.slice(0, MAX_RESULTS), matched: matchedTerms, all: ranked.length && ranked[0].terms === terms.length };
  }

  // ---- Results, with the words found marked.
  function highlight(text, words) {
    var lower = text.toLowerCase();
    var marks = [];
    words.forEach(function (w) {
      for (var at = lower.indexOf(w); at >= 0 && w; at = lower.indexOf(w, at + w.length)) {
        marks.push([at, at + w.length]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var last = 0;
    marks.forEach(function (m) {
      if (m[0] < last) {
        return;
      }
      fragment.appendChild(document.createTextNode(text.slice(last, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      fragment.appendChild(mark);
      last = m[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  // The part of a section's text around the first word found.
  function excerpt(text, words) {
    var lower = text.toLowerCase();
    var first = -1;
    words.forEach(function (w) {
      var at = lower.indexOf(w);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    });
    if (first < 60) {
      return text.length > 140 ? text.slice(0, 140) + "…" : text;
    }
    var start = text.lastIndexOf(" ", first - 40);
    start = start < 0 ? first - 40 : start + 1;
    var rest = text.slice(start, start + 140);
    return "…" + rest + (start + 140 < text.length ? "…" : "");
  }

  var results = [];
  var active = -1;

  function setActive(index) {
    var options = list.children;
    active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(show) {
    popup.hidden = !show;
    input.setAttribute("aria-expanded", show ? "true" : "false");
    if (!show) {
      setActive(-1);
    }
  }

  function go(index) {
    var result = results[index];
    if (result) {
      open(false);
      location.href = result.href;
    }
  }

  function show(found, words, query) {
    results = found;
    list.textContent = "";
    found.forEach(function (r, i) {
      var option = document.createElement("li");
      option.id = "hyde-search-option-" + i;
      option.className = "search-result";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-href", r.href);
      var title = document.createElement("span");
      title.className = "search-result-title";
      title.appendChild(highlight(r.title || r.url, words));
      if (r.heading) {
        var heading = document.createElement("span");
        heading.className = "search-result-heading";
        heading.appendChild(highlight(r.heading, words));
        title.appendChild(document.createTextNode(" › "));
        title.appendChild(heading);
      }
      option.appendChild(title);
      if (r.text) {
        var text = document.createElement("span");
        text.className = "search-result-text";
        text.appendChild(highlight(excerpt(r.text, words), words));
        option.appendChild(text);
      }
      option.addEventListener("click", function () { go(i); });
      list.appendChild(option);
    });
    status.textContent = found.length
      ? found.length + (found.length === 1 ? " result" : " results") + "; arrow keys to choose, Enter to open"
      : "No results for “" + query + "”";
    // The status above is read out; this is the same news for the eye.
    empty.textContent = found.length ? "" : "No results for “" + query + "”";
    empty.hidden = found.length > 0;
    list.hidden = !found.length;
    open(true);
    setActive(-1);
  }

  // ---- One search: only the last query typed shows its results.
  var latest = 0;
  function search(query) {
    var ticket = ++latest;
    var started = performance.now();
    if (!query.trim()) {
      results = [];
      list.textContent = "";
      status.textContent = "";
      open(false);
      return Promise.resolve();
    }
    return loadManifest().then(function (m) {
      var terms = queryTerms(query, m.stopSet);
      return Promise.all(terms.map(function (t) {
        var shard = shardKey(t.term);
        return m.shardSet[shard] ? load("t/" + fileName(shard) + ".json") : Promise.resolve(null);
      })).then(function (shards) {
        var ranking = performance.now();
        var ranked = rank(m, terms, shards);
        var work = performance.now() - ranking;
        var chunks = {};
        ranked.ranked.forEach(function (r) { chunks[Math.floor(r.id / m.chunk)] = true; });
        return Promise.all(Object.keys(chunks).map(function (c) {
          return load("d/" + c + ".json").then(function (docs) { chunks[c] = docs; });
        })).then(function () {
          if (ticket !== latest) {
            return;
          }
          var found = ranked.ranked.map(function (r) {
            var doc = chunks[Math.floor(r.id / m.chunk)][r.id % m.chunk];
            return {
              url: doc[0], title: doc[1], heading: doc[2], text: doc[4],
              href: m.base + doc[0] + (doc[3] ? "#" + encodeURIComponent(doc[3]) : "")
            };
          });
          var words = terms.map(function (t) { return t.term; }).concat(ranked.matched);
          var showing = performance.now();
          show(found, words, query.trim());
          var done = performance.now();
          // What a search took, for the benchmark: in all, and without waiting for index files.
          holder.setAttribute("data-search-ms", (done - started).toFixed(1));
          holder.setAttribute("data-search-work-ms", (work + done - showing).toFixed(1));
        });
      });
    }).catch(function () {
      if (ticket === latest) {
        results = [];
        list.textContent = "";
        status.textContent = "Search is not available.";
        open(false);
      }
    });
  }

  input.addEventListener("input", function () {
    search(input.value);
  });
  input.addEventListener("focus", function () {
    loadManifest().catch(function () { /* shown when searching */ });
    if (results.length && input.value.trim()) {
      open(true);
    }
  });
  input.addEventListener("keydown", function (event) {
    var count = results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) {
        return;
      }
      event.preventDefault();
      if (popup.hidden) {
        open(true);
      }
      var step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter") {
      if (!popup.hidden && count) {
        event.preventDefault();
        go(active < 0 ? 0 : active);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      if (!popup.hidden) {
        open(false);
      } else {
        input.value = "";
        search("");
      }
    }
  });
  // A click on a result must not blur the box first (which would close the results).
  popup.addEventListener("mousedown", function (event) { event.preventDefault(); });
  input.addEventListener("blur", function () { open(false); });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) {
      return;
    }
    event.preventDefault();
    input.focus();
    input.select();
  });
})();
