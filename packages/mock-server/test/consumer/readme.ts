// Reads the examples out of README.md, so that the consumer test runs exactly what the README
// shows: a fenced block preceded by `<!-- consumer-test: <name> -->` is the block `<name>`.

const MARKED_BLOCK = /<!-- consumer-test: (\S+) -->\n```[a-z]*\n([\s\S]*?)\n```/g;

/** Every marked block of the README by name, with a trailing newline. */
export function markedBlocks(readme: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const [, name = '', code = ''] of readme.matchAll(MARKED_BLOCK)) {
    if (blocks.has(name)) throw new Error(`README marks two blocks "${name}"`);
    blocks.set(name, `${code}\n`);
  }
  return blocks;
}

export function block(blocks: Map<string, string>, name: string): string {
  const code = blocks.get(name);
  if (code === undefined) {
    throw new Error(`README has no block marked <!-- consumer-test: ${name} -->`);
  }
  return code;
}

/** One GitHub Actions step: its `env` and its `run` script. */
export interface WorkflowStep {
  env: Record<string, string>;
  run: string;
}

/**
 * The step named `name` of a workflow, read by indentation: enough for the plain workflows of the
 * README (a block-scalar `run: |`, an `env:` map of plain scalars), not for YAML in general.
 */
export function workflowStep(workflow: string, name: string): WorkflowStep {
  const lines = workflow.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- name: ${name}`);
  if (start < 0) throw new Error(`the workflow has no step "- name: ${name}"`);
  const dash = lines[start]?.indexOf('-') ?? 0;
  const keyIndent = dash + 2;
  const indentOf = (line: string) => line.length - line.trimStart().length;
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() !== '' && indentOf(line) <= dash) break;
    end++;
  }
  const step = lines.slice(start + 1, end);
  const childrenOf = (key: string): string[] => {
    const at = step.findIndex(
      (line) => indentOf(line) === keyIndent && line.trim().startsWith(`${key}:`),
    );
    if (at < 0) return [];
    const children: string[] = [];
    for (const line of step.slice(at + 1)) {
      if (line.trim() !== '' && indentOf(line) <= keyIndent) break;
      children.push(line.slice(keyIndent + 2));
    }
    return children;
  };
  const env: Record<string, string> = {};
  for (const line of childrenOf('env')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$/.exec(line.trim());
    if (match) env[match[1] as string] = (match[2] as string).replace(/^(['"])(.*)\1$/, '$2');
  }
  const runLine = step.find((line) => indentOf(line) === keyIndent && line.trim() === 'run: |');
  if (!runLine) throw new Error(`step "${name}" has no block-scalar "run: |"`);
  return { env, run: `${childrenOf('run').join('\n').trimEnd()}\n` };
}

/** The command of the workflow's last one-line step (`- run: <command>`). */
export function lastRunCommand(workflow: string): string {
  const commands = [...workflow.matchAll(/^\s*- run: (.+)$/gm)].map(([, command]) => command);
  const last = commands[commands.length - 1];
  if (last === undefined) throw new Error('the workflow has no one-line "- run:" step');
  return last;
}

/** The CLI options the README's option tables list (first cell of each row, e.g. `--port`). */
export function documentedFlags(readme: string): Set<string> {
  const flags = new Set<string>();
  for (const line of readme.split('\n')) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
    for (const [flag] of firstCell.matchAll(/(?<=[`\s])--?[a-z][a-z-]*/g)) flags.add(flag);
  }
  return flags;
}
