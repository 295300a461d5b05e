// Versions of the docs: the selector in the header and the banner on versions other than the
// latest. The page comes with both as the versions list stood when this version was built; the
// shared versions.json beside the version folders updates them, so an old version offers the
// versions published after it and names today's latest. Switching keeps the reader on the same
// page when the other version has it (asked with a HEAD request to this same site), and goes to
// that version's home page when it does not. The question is asked only when the reader reaches
// for the menu or the banner's link, never on load: a page missing in another version is then no
// failed request in the console of every reader of this one.
(function () {
  "use strict";
  var menu = document.querySelector(".version-menu");
  if (!menu) {
    return;
  }
  var current = menu.getAttribute("data-version");
  var root = menu.getAttribute("data-root");
  var page = menu.getAttribute("data-page") || "/";
  var list = menu.querySelector(".version-list");
  var banner = document.querySelector(".version-banner");
  var summary = menu.querySelector("summary");
  var targets = {};

  function home(name) {
    return root + "/" + name + "/";
  }

  function samePage(name) {
    return root + "/" + name + page;
  }

  // Where a switch to version `name` leads: this page there, or that version's home. Asked once.
  function target(name) {
    if (!targets[name]) {
      var url = samePage(name);
      targets[name] = url === home(name) || !window.fetch ? Promise.resolve(url === home(name) ? url : home(name))
        : fetch(url, { method: "HEAD", cache: "no-cache" }).then(function (response) {
          return response.ok ? url : home(name);
        }, function () {
          return home(name);
        });
    }
    return targets[name];
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a[data-version]"));
  }

  function renderList(versions) {
    list.textContent = "";
    versions.forEach(function (version) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = home(version.name);
      link.textContent = version.label || version.name;
      link.setAttribute("data-version", version.name);
      if (version.name === current) {
        link.setAttribute("aria-current", "true");
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function renderBanner(latest) {
    if (!banner) {
      return;
    }
    if (!latest || latest === current) {
      banner.hidden = true;
      return;
    }
    var link = banner.querySelector(".version-latest");
    banner.querySelector(".version-current").textContent = current;
    link.textContent = latest;
    link.href = home(latest);
    link.setAttribute("data-version", latest);
    banner.hidden = false;
  }

  // The page as built is right until the shared list says otherwise; without it (a copy of one
  // version alone, a file:// page) the built list stays.
  function refresh() {
    if (!window.fetch) {
      return;
    }
    fetch(menu.getAttribute("data-index") || root + "/versions.json", { cache: "no-cache" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (index) {
        if (!index || !Array.isArray(index.versions) || !index.versions.length) {
          return;
        }
        var named = index.versions.filter(function (v) {
          return v && typeof v.name === "string";
        });
        renderList(named);
        var latest = named.some(function (v) { return v.name === index.latest; }) ? index.latest : named[0].name;
        renderBanner(latest);
        menu.setAttribute("data-loaded", "true");
      })
      .catch(function () { /* keep the list as built */ });
  }

  // Opening the menu finds each version's target, so a link opened in a new tab or copied is right too.
  menu.addEventListener("toggle", function () {
    if (!menu.open) {
      return;
    }
    links().forEach(function (link) {
      var name = link.getAttribute("data-version");
      if (name !== current) {
        target(name).then(function (url) {
          link.href = url;
        });
      }
    });
  });

  // A plain click waits for the answer; a link opened otherwise (new tab, copied) has the href
  // found when the menu opened or the banner's link was pointed at or focused.
  function follow(event) {
    var link = event.target.closest("a[data-version]");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var name = link.getAttribute("data-version");
    event.preventDefault();
    if (name === current) {
      menu.open = false;
      summary.focus();
      return;
    }
    target(name).then(function (url) {
      window.location.assign(url === samePage(name) ? url + window.location.hash : url);
    });
  }

  list.addEventListener("click", follow);

  if (banner) {
    var latestLink = banner.querySelector(".version-latest");
    if (latestLink) {
      banner.addEventListener("click", follow);
      var prepare = function () {
        var name = latestLink.getAttribute("data-version");
        if (name && name !== current) {
          target(name).then(function (url) {
            latestLink.href = url;
          });
        }
      };
      latestLink.addEventListener("pointerenter", prepare);
      latestLink.addEventListener("focus", prepare);
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      summary.focus();
    }
  });

  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) {
      menu.open = false;
    }
  });

  refresh();
})();
