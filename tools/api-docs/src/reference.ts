import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Application,
  type Context,
  Converter,
  type DeclarationReflection,
  Logger,
  LogLevel,
  type MinimalNode,
  type MinimalSourceFile,
  ReflectionKind,
  type TypeDocOptions,
} from 'typedoc';
import type { PluginOptions } from 'typedoc-plugin-markdown';
import ts from 'typescript';
import type { PublishedPackage } from './packages.js';
import type { DocWarning } from './warnings.js';

/**
 * The options of the Markdown reference. Everything that would differ between checkouts or
 * machines is off: source links (they name a revision and a path), the package version, and any
 * config file TypeDoc would otherwise pick up from the working directory.
 */
function referenceOptions(
  packages: readonly PublishedPackage[],
  out: string,
): TypeDocOptions & PluginOptions {
  return {
    name: 'botbridge',
    entryPoints: packages.flatMap((pkg) => pkg.entryPoints.map((entry) => entry.typesFile)),
    out,
    plugin: [fileURLToPath(import.meta.resolve('typedoc-plugin-markdown'))],
    readme: 'none',
    disableSources: true,
    includeVersion: false,
    // The built declarations are already type-checked by the build.
    skipErrorChecking: true,
    // `@botbridge/closebot/validators` → closebot/validators/, next to closebot/'s own pages.
    excludeScopesInPaths: true,
    hidePageHeader: true,
    validation: {
      notExported: true,
      invalidLink: true,
      invalidPath: true,
      rewrittenLink: true,
      notDocumented: true,
      unusedMergeModuleWith: true,
    },
    // Without a package.json of its own, TypeDoc would require docs of no package.
    packagesRequiringDocumentation: packages.map((pkg) => pkg.name),
    logLevel: 'Warn',
  };
}

/**
 * Writes the Markdown reference of every entry point of `packages` to `out` (one folder per
 * package, named by its slug) and returns TypeDoc's warnings. One TypeDoc run over all of them,
 * so that a vendor package's page links the core types it uses to core's pages.
 */
export async function writeReference(
  packages: readonly PublishedPackage[],
  out: string,
  root: string,
): Promise<DocWarning[]> {
  const entryPoints = packages.flatMap((pkg) => pkg.entryPoints);
  const specifierOf = new Map(entryPoints.map((entry) => [entry.typesFile, entry.specifier]));

  // No option readers: typedoc.json, tsconfig.json or package.json of the working directory have
  // no say, so the output depends only on what is passed here.
  const app = await Application.bootstrapWithPlugins(referenceOptions(packages, out), []);
  const logger = new CollectingLogger(locator(packages, root));
  app.logger = logger;
  const { fileNames, options } = program(
    entryPoints.map((entry) => entry.typesFile),
    root,
  );
  app.options.setCompilerOptions(fileNames, options, undefined);

  // TypeDoc names a module after its path (`closebot/dist/validators`); readers import it by its
  // specifier, so that is its name (and, less the scope, its folder).
  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context: Context, reflection: DeclarationReflection) => {
      if (!reflection.kindOf(ReflectionKind.Module)) return;
      const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile();
      const specifier = file && specifierOf.get(resolve(file.fileName));
      if (specifier) reflection.name = specifier;
    },
  );

  const project = await app.convert();
  if (!project || logger.errors.length > 0) {
    throw new Error(`TypeDoc failed:\n${logger.errors.join('\n')}`);
  }
  app.validate(project);
  await app.generateOutputs(project);
  if (logger.errors.length > 0) throw new Error(`TypeDoc failed:\n${logger.errors.join('\n')}`);

  for (const pkg of packages) {
    for (const entry of pkg.entryPoints) {
      const page = join(out, entryPointPage(entry.specifier));
      if (!existsSync(page))
        throw new Error(`TypeDoc wrote no page for ${entry.specifier} (${page})`);
    }
  }
  return logger.warnings;
}

/** The reference page of an entry point, relative to the reference's root. */
export function entryPointPage(specifier: string): string {
  return `${specifier.replace(/^@[^/]+\//, '')}/README.md`;
}

/**
 * The program TypeDoc reads: the entry points' declaration files, with the compiler options the
 * packages are built with (tsconfig.base.json, which every tsconfig.build.json extends).
 */
function program(files: readonly string[], root: string): ts.ParsedCommandLine {
  const config = {
    extends: './tsconfig.base.json',
    compilerOptions: { noEmit: true, skipLibCheck: true },
    files,
  };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  if (parsed.errors.length > 0) {
    const messages = parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`cannot read the compiler options: ${messages.join('; ')}`);
  }
  return parsed;
}

/** Keeps TypeDoc's warnings and errors for the summary instead of printing each one. */
class CollectingLogger extends Logger {
  readonly warnings: DocWarning[] = [];
  readonly errors: string[] = [];
  private lastFile: string | undefined;

  constructor(private readonly locate: (file: string) => string) {
    super();
  }

  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    const contextFile = this.lastFile;
    this.lastFile = undefined;
    if (level === LogLevel.Error) this.errors.push(message);
    if (level !== LogLevel.Warn) return;
    const named = /, defined in (\S+?),/.exec(message)?.[1];
    const file = named === undefined ? contextFile : this.locate(named);
    const kind = kindOf(message);
    this.warnings.push({
      tool: 'TypeDoc',
      kind:
        kind === 'undocumented' && file?.includes('/generated/') ? 'undocumented-generated' : kind,
      message,
      ...(file === undefined ? {} : { file }),
    });
  }

  protected override addContext(
    message: string,
    _level: Exclude<LogLevel, LogLevel.None>,
    ...args: [MinimalNode?] | [number, MinimalSourceFile]
  ): string {
    const [first, second] = args;
    const fileName = typeof first === 'number' ? second?.fileName : first?.getSourceFile().fileName;
    this.lastFile = fileName === undefined ? undefined : this.locate(fileName);
    return message;
  }
}

function kindOf(message: string): string {
  if (message.includes('does not have any documentation')) return 'undocumented';
  if (message.includes('but not included in the documentation')) return 'not-exported';
  if (message.startsWith('Failed to resolve link')) return 'invalid-link';
  if (message.includes('is not included in the documentation')) return 'link-to-unexported';
  if (/^Encountered an unknown (block|inline) tag/.test(message)) return 'unknown-tag';
  return 'other';
}

/**
 * Turns a file as TypeDoc names it into a workspace-relative path. Validation messages name the
 * source file through the declaration maps, relative to its package (`@botbridge/core/src/x.ts`);
 * other messages give the absolute path of what was read (`…/packages/core/dist/x.d.ts`), whose
 * source is where a doc comment would be written.
 */
function locator(packages: readonly PublishedPackage[], root: string): (file: string) => string {
  const folderOf = new Map(
    packages.map((pkg) => [pkg.name, toPosix(relative(root, pkg.directory))]),
  );
  return (file) => {
    const scoped = /^(@[^/]+\/[^/]+)\/(.+)$/.exec(file);
    const folder = scoped?.[1] === undefined ? undefined : folderOf.get(scoped[1]);
    if (folder !== undefined) return `${folder}/${scoped?.[2]}`;
    const path = toPosix(relative(root, resolve(root, file)));
    return path.replace(/^(packages\/[^/]+)\/dist\/(.+)\.d\.ts$/, '$1/src/$2.ts');
  };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
