// Hyde's built-in docs theme: dark mode toggle, phone menu, "on this page" highlighting, copy
// buttons on code, and the sidebar of a large site (loaded once from a shared file).
(function () {
  "use strict";
  var root = document.documentElement;

  // ---- Dark mode: follows the system until the reader chooses; the choice is remembered.
  function currentTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") {
      return chosen;
    }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function applyTheme(theme) {
    root.setAttribute("data-theme", theme);
    try {
      localStorage.setItem("hyde-theme", theme);
    } catch (e) { /* storage off: the choice lasts for this page */ }
    if (window.hydeHighlightTheme) {
      window.hydeHighlightTheme(theme);
    }
    var toggle = document.querySelector(".theme-toggle");
    if (toggle) {
      toggle.setAttribute("aria-pressed", theme === "dark" ? "true" : "false");
    }
  }

  var themeToggle = document.querySelector(".theme-toggle");
  if (themeToggle) {
    themeToggle.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    themeToggle.addEventListener("click", function () {
      applyTheme(currentTheme() === "dark" ? "light" : "dark");
    });
  }

  // ---- Phone menu.
  var menu = document.querySelector(".menu-toggle");
  if (menu) {
    menu.addEventListener("click", function () {
      var open = document.body.classList.toggle("nav-open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && document.body.classList.contains("nav-open")) {
        document.body.classList.remove("nav-open");
        menu.setAttribute("aria-expanded", "false");
        menu.focus();
      }
    });
  }

  // ---- The whole sidebar of a large site, written once and loaded here.
  var sidebar = document.getElementById("sidebar");
  function markCurrent() {
    if (!sidebar) {
      return;
    }
    var here = location.pathname.replace(/index\.html$/, "");
    var links = sidebar.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var path = links[i].pathname.replace(/index\.html$/, "");
      if (links[i].host === location.host && path === here) {
        links[i].setAttribute("aria-current", "page");
        for (var el = links[i].parentElement; el && el !== sidebar; el = el.parentElement) {
          if (el.tagName === "DETAILS") {
            el.open = true;
          }
        }
        links[i].scrollIntoView({ block: "nearest" });
      }
    }
  }
  if (sidebar && sidebar.getAttribute("data-nav-tree")) {
    fetch(sidebar.getAttribute("data-nav-tree"))
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html) {
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var list = holder.querySelector("ul.nav-list");
          var old = sidebar.querySelector("ul.nav-list");
          if (list && old) {
            sidebar.replaceChild(list, old);
            markCurrent();
          }
        }
      })
      .catch(function () { /* the page's own branch stays */ });
  }

  // ---- "On this page": the heading being read is highlighted.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll("nav.toc a[href^='#']"));
  var headings = tocLinks.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  });
  function highlightToc() {
    var active = -1;
    var line = 90;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i] && headings[i].getBoundingClientRect().top <= line) {
        active = i;
      }
    }
    if (active < 0 && headings.length) {
      active = 0;
    }
    if (window.innerHeight + window.scrollY >= document.body.scrollHeight - 2 && headings.length) {
      // At the bottom of the page the last heading may never reach the top.
      for (var j = headings.length - 1; j >= 0; j--) {
        if (headings[j] && headings[j].getBoundingClientRect().top < window.innerHeight) {
          active = Math.max(active, j);
          break;
        }
      }
    }
    tocLinks.forEach(function (link, k) {
      link.classList.toggle("active", k === active);
      if (k === active) {
        link.setAttribute("aria-current", "true");
      } else {
        link.removeAttribute("aria-current");
      }
    });
  }
  if (tocLinks.length) {
    var pending = false;
    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          highlightToc();
        });
      }
    }, { passive: true });
    window.addEventListener("hashchange", highlightToc);
    highlightToc();
  }

  // ---- A table wider than the screen scrolls sideways: it takes keyboard focus, so the arrow
  // keys can scroll it too.
  function focusableWhenScrolling() {
    var wide = document.querySelectorAll(".doc-body table");
    for (var t = 0; t < wide.length; t++) {
      if (wide[t].scrollWidth > wide[t].clientWidth + 1) {
        wide[t].setAttribute("tabindex", "0");
      } else if (wide[t].getAttribute("tabindex") === "0") {
        wide[t].removeAttribute("tabindex");
      }
    }
  }
  focusableWhenScrolling();
  window.addEventListener("resize", focusableWhenScrolling);

  // ---- Copy buttons on code blocks.
  var blocks = document.querySelectorAll("pre > code");
  for (var b = 0; b < blocks.length; b++) {
    (function (code) {
      var pre = code.parentElement;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      button.addEventListener("click", function () {
        var done = function () {
          button.textContent = "Copied";
          button.classList.add("copied");
          setTimeout(function () {
            button.textContent = "Copy";
            button.classList.remove("copied");
          }, 2000);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(code.innerText).then(done, function () {
            button.textContent = "Copy failed";
          });
        }
      });
      pre.classList.add("has-copy");
      pre.appendChild(button);
    })(blocks[b]);
  }

  // ---- Syntax highlighting, when highlight.js is loaded. highlight.js rebuilds a block's
  // contents, so the lines marked to stand out ({2,4-5} on the fence) are noted first and
  // marked again afterwards.
  function markedLines(code) {
    var marked = [];
    var line = 0;
    for (var n = 0; n < code.childNodes.length; n++) {
      var node = code.childNodes[n];
      if (node.nodeType === 1 && node.classList.contains("hl-line")) {
        marked.push(line);
      }
      line += (node.textContent.match(/\n/g) || []).length;
    }
    return marked;
  }

  // Splits highlighted HTML into lines, closing the spans open at each line end and reopening
  // them on the next line, then wraps the marked lines.
  function markLines(code, marked) {
    var tokens = code.innerHTML.match(/<span[^>]*>|<\/span>|\n|[^<\n]+|</g) || [];
    var lines = [];
    var open = [];
    var current = "";
    tokens.forEach(function (token) {
      if (token === "\n") {
        lines.push(current + open.map(function () { return "</span>"; }).join(""));
        current = open.join("");
      } else if (token.indexOf("<span") === 0) {
        open.push(token);
        current += token;
      } else if (token === "</span>") {
        open.pop();
        current += token;
      } else {
        current += token;
      }
    });
    lines.push(current);
    marked.forEach(function (i) {
      if (i < lines.length) {
        lines[i] = "<span class=\"hl-line\">" + lines[i] + "</span>";
      }
    });
    code.innerHTML = lines.join("\n");
  }

  if (typeof hljs !== "undefined") {
    var codes = document.querySelectorAll("pre code");
    for (var c = 0; c < codes.length; c++) {
      var code = codes[c];
      var marked = markedLines(code);
      if (marked.length) {
        code.textContent = code.textContent;
      }
      hljs.highlightElement(code);
      if (marked.length) {
        markLines(code, marked);
      }
    }
  }
})();
