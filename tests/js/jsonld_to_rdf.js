// Read a JSON-LD document with jsonld.js in safe mode and print what it makes of it, as JSON.
//
// Usage: node jsonld_to_rdf.js PATH/TO/jsonld CONTEXT.jsonld < document.jsonld
// Prints {"expanded": [...], "nquads": "..."}: the expanded form and the RDF
// dataset as N-Quads, both made with {safe: true}, under which jsonld.js
// fails instead of quietly dropping what it cannot turn into RDF (a relative
// @id, an unknown term). The document loader serves schema.org's context
// from CONTEXT.jsonld and refuses every other URL, so nothing is fetched.
"use strict";

const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");

const [libraryPath, contextPath] = process.argv.slice(2);
const jsonld = require(resolve(libraryPath));

const context = JSON.parse(readFileSync(contextPath, "utf8"));
const schemaOrg = /^https?:\/\/schema\.org(\/docs\/jsonldcontext\.jsonld)?\/?$/;

async function documentLoader(url) {
  if (schemaOrg.test(url)) {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error(`no documents are loaded from the network: ${url}`);
}

async function main() {
  const document = JSON.parse(readFileSync(0, "utf8"));
  const options = { safe: true, documentLoader };
  const expanded = await jsonld.expand(document, options);
  const nquads = await jsonld.toRDF(document, { ...options, format: "application/n-quads" });
  process.stdout.write(JSON.stringify({ expanded, nquads }));
}

// An Error inside the details (the cause of a failed load) says its name and message.
const readable = (key, value) =>
  value instanceof Error ? { name: value.name, message: value.message } : value;

main().catch((error) => {
  const details = error.details ? `\n${JSON.stringify(error.details, readable, 1)}` : "";
  process.stderr.write(`${error.name}: ${error.message}${details}\n`);
  process.exit(1);
});
