// Syntax highlighting for code blocks, when highlight.js is loaded.
if (typeof hljs !== "undefined") {
  hljs.highlightAll();
}
