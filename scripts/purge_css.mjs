// Keep only the NL Design System CSS our pages use (PurgeCSS).
// Usage: node scripts/purge_css.mjs <source.css> <target.css> [<source> <target>]...
// A target of "-" reads the file only for the tokens it uses (our own CSS).
// Class names are read from every template, Python file (form widgets, blocks) and
// script of ours; CSS custom properties (design tokens) are kept only when a kept rule
// uses them, directly or through another token. Classes built in templates from a
// variable are listed in SAFELIST.
import { PurgeCSS } from "purgecss";
import { writeFile } from "node:fs/promises";

const args = process.argv.slice(2);
const css = args.filter((_, i) => i % 2 === 0);
const targets = args.filter((_, i) => i % 2 === 1);
const SAFELIST = [
  /^utrecht-heading-[1-6]$/, // helpline_card.html: utrecht-heading-{{ level|add:1 }}
  /^utrecht-form-label--(radio-button|checkbox)$/, // regelingen/includes/field.html
];

const results = await new PurgeCSS().purge({
  content: [
    "templates/**/*.html",
    "*/templates/**/*.html",
    "{content,regelingen,lotgenoten,professionals,eenouderpunt}/**/*.py",
    "static/js/*.js",
  ],
  css,
  variables: true,
  keyframes: true,
  fontFace: true,
  rejected: false,
  safelist: { standard: SAFELIST, deep: [], greedy: [] },
});
for (const [index, result] of results.entries()) {
  if (targets[index] === "-") continue;
  await writeFile(targets[index], result.css);
  console.log(`${targets[index]}: ${result.css.length} bytes`);
}
