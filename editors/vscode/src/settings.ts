// The extension's own logic, kept free of the `vscode` module so it can be tested with node.
import * as fs from "fs";
import * as path from "path";

/** The settings the extension reads (the `interviewLsp` section). */
export interface ExtensionSettings {
  serverPath?: string | null;
  rules?: Record<string, string>;
}

const LEVELS = new Set(["off", "hint", "info", "warning", "error"]);

/** The binary bundled in the extension for this platform. */
export function bundledServer(extensionPath: string, platform: NodeJS.Platform = process.platform): string {
  const name = platform === "win32" ? "interview-lsp.exe" : "interview-lsp";
  return path.join(extensionPath, "server", name);
}

/**
 * Which binary to start: the `interviewLsp.server.path` setting when set (a relative path is
 * taken from the first workspace folder, `~` is the home folder), else the bundled one.
 * Returns an error message instead when the chosen file does not exist.
 */
export function resolveServerPath(
  settings: ExtensionSettings,
  extensionPath: string,
  workspaceFolder: string | undefined,
  home: string,
  exists: (p: string) => boolean = fs.existsSync,
): { path: string } | { error: string } {
  const configured = settings.serverPath?.trim();
  let chosen: string;
  if (configured) {
    let p = configured.startsWith("~") ? path.join(home, configured.slice(1)) : configured;
    if (!path.isAbsolute(p) && workspaceFolder) {
      p = path.join(workspaceFolder, p);
    }
    chosen = p;
  } else {
    chosen = bundledServer(extensionPath);
  }
  if (!exists(chosen)) {
    return {
      error: configured
        ? `interview-lsp: interviewLsp.server.path points to ${chosen}, which does not exist.`
        : `interview-lsp: the bundled server ${chosen} is missing; reinstall the extension or set interviewLsp.server.path.`,
    };
  }
  return { path: chosen };
}

/**
 * The server's initialization options from the extension's settings: the keys the server reads
 * (see docs/lsp.md), with unknown levels left out and reported.
 */
export function initializationOptions(settings: ExtensionSettings): { options: { rules: Record<string, string> }; problems: string[] } {
  const rules: Record<string, string> = {};
  const problems: string[] = [];
  for (const [rule, level] of Object.entries(settings.rules ?? {})) {
    if (LEVELS.has(level)) {
      rules[rule] = level;
    } else {
      problems.push(`interviewLsp.rules.${rule}: "${level}" is not one of off, hint, info, warning, error`);
    }
  }
  return { options: { rules }, problems };
}
