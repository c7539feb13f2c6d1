// Open HTML pages in headless Chromium (the system's, driven by playwright-core),
// measure their layout at several widths, run axe-core in them, and take
// screenshots. Usage: node check_pages.cjs SPEC.json > RESULT.json
//
// SPEC: {"modules": node_modules folder, "chromium": browser binary,
//        "screenshots": folder, "pages": [{"name", "path", "widths": [390, 1280],
//        "dark": bool, "axe": bool, "filter": bool, "print": bool}]}
// RESULT: {"pages": [{"name", "width", "scheme", "scrollWidth", "clientWidth",
//          "overflowing": [...], "rounds": [[box, ...], ...], "violations": [...], ...}]}
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function measure(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const overflowing = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && overflowing.length < 10) {
        overflowing.push(`${element.tagName.toLowerCase()}.${element.className} right=${Math.round(box.right)}`);
      }
    }
    const rounds = [...document.querySelectorAll(".round")].map((round) =>
      [...round.querySelectorAll(".cards > li")].map((card) => {
        const box = card.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    );
    return { scrollWidth: root.scrollWidth, clientWidth: width, overflowing, rounds };
  });
}

async function runAxe(page, axeSource) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
}

async function tryFilter(page) {
  // Choose the first track: sessions of other tracks hide, common ones stay.
  const radios = await page.$$("#track-filter input[type=radio]");
  if (radios.length < 2) return null;
  const formVisible = await page.isVisible("#track-filter");
  await radios[1].check();
  const chosen = await radios[1].getAttribute("value");
  const state = await page.evaluate((value) => {
    const entries = [...document.querySelectorAll("[data-track]")];
    return {
      otherTracksHidden: entries.every((e) => e.hidden === (e.getAttribute("data-track") !== value)),
      untrackedVisible: [...document.querySelectorAll(".timeline > li:not([data-track]):not(.round-block)")]
        .every((e) => !e.hidden),
    };
  }, chosen);
  await radios[0].check();
  const restored = await page.evaluate(() => [...document.querySelectorAll("[data-track]")].every((e) => !e.hidden));
  return { formVisible, ...state, restored };
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const { chromium } = require(path.join(spec.modules, "playwright-core"));
  const axeSource = fs.readFileSync(path.join(spec.modules, "axe-core", "axe.min.js"), "utf8");
  fs.mkdirSync(spec.screenshots, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "folkemode-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: spec.chromium,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  const results = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("dialog", (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
    for (const entry of spec.pages) {
      const schemes = entry.dark ? ["light", "dark"] : ["light"];
      for (const width of entry.widths) {
        for (const scheme of schemes) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme, media: "screen" });
          errors.length = 0;
          await page.goto("file://" + path.resolve(entry.path), { waitUntil: "load" });
          const result = { name: entry.name, width, scheme, ...(await measure(page)) };
          const shot = path.join(spec.screenshots, `${entry.name}-${width}-${scheme}.png`);
          await page.screenshot({ path: shot, fullPage: true });
          result.screenshot = shot;
          if (entry.axe) result.violations = await runAxe(page, axeSource);
          if (entry.filter && scheme === "light") result.filter = await tryFilter(page);
          if (entry.print && scheme === "light") {
            await page.emulateMedia({ media: "print", colorScheme: "light" });
            result.printHidden = await page.evaluate(() =>
              [".toolbar", ".calendar", ".skip-link"].every((selector) =>
                [...document.querySelectorAll(selector)].every((e) => getComputedStyle(e).display === "none")));
            const pdf = path.join(spec.screenshots, `${entry.name}-${width}.pdf`);
            await page.pdf({ path: pdf, format: "A4", printBackground: true });
            result.pdf = pdf;
          }
          result.errors = [...errors];
          results.push(result);
        }
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ pages: results }, null, 1));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
