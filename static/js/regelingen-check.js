// Regelcheck: move focus to the error summary so keyboard and screen-reader users
// hear what to fix. The check works the same without this file.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});
