#!/usr/bin/env node
// Turns every ```ts block under an `@example` tag in packages/*/src into a vitest file under .doctests/,
// so the examples in the API reference are type-checked and run like any other test.
//   expr //=> value   becomes   expect(expr).toEqual(value);
// An example that imports from "vitest" is emitted as a test file of its own (it defines its own tests).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const out = join(root, ".doctests");
rmSync(out, { recursive: true, force: true });

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

function examplesOf(source) {
  const examples = [];
  const lines = source.split("\n");
  let inExample = false;
  let block = null;
  for (const raw of lines) {
    const line = raw.replace(/^\s*\* ?/, "");
    if (/^\s*\*?\s*@example/.test(raw)) {
      inExample = true;
      continue;
    }
    if (inExample && block === null && /^```(ts|typescript)\s*$/.test(line.trim())) {
      block = [];
      continue;
    }
    if (block !== null) {
      if (line.trim() === "```") {
        examples.push(block.join("\n"));
        block = null;
        inExample = false;
      } else block.push(line);
      continue;
    }
    if (inExample && /^\s*\*?\s*@\w+/.test(raw)) inExample = false;
    if (/\*\//.test(raw)) inExample = false;
  }
  return examples;
}

function toTest(example, name) {
  const imports = [];
  const body = [];
  const lines = example.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (/^import\s/.test(line)) {
      while (!/;\s*$/.test(line) && i + 1 < lines.length) line += `\n${lines[++i]}`;
      imports.push(line);
      continue;
    }
    const match = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    body.push(match ? `${match[1]}expect(${match[2]}).toEqual(${match[3]});` : line);
  }
  if (imports.some((l) => /from\s+["']vitest["']/.test(l))) {
    return `// Generated from ${name}: do not edit.\n${imports.join("\n")}\n\n${body.join("\n")}\n`;
  }
  return [
    `// Generated from ${name}: do not edit.`,
    `import { expect, test } from "vitest";`,
    ...imports,
    "",
    `test(${JSON.stringify(`example: ${name}`)}, async () => {`,
    ...body.map((l) => (l.length ? `  ${l}` : l)),
    "});",
    "",
  ].join("\n");
}

let count = 0;
for (const pkg of readdirSync(join(root, "packages"))) {
  let src;
  try {
    src = [...walk(join(root, "packages", pkg, "src"))];
  } catch {
    continue;
  }
  for (const file of src) {
    const examples = examplesOf(readFileSync(file, "utf8"));
    examples.forEach((example, index) => {
      const rel = relative(join(root, "packages"), file).replace(/\.ts$/, "");
      const name = `${rel}#${index + 1}`;
      const target = join(out, `${rel.replaceAll("/", "__")}.${index + 1}.test.ts`);
      mkdirSync(out, { recursive: true });
      writeFileSync(target, toTest(example, name));
      count++;
    });
  }
}
console.log(`doc examples: ${count} written to .doctests/`);
