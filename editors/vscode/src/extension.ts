// VS Code extension: starts interview-lsp for *.interview.md files.
import * as os from "os";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";
import { ExtensionSettings, initializationOptions, resolveServerPath } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

function readSettings(): ExtensionSettings {
  const config = vscode.workspace.getConfiguration("interviewLsp");
  return {
    serverPath: config.get<string | null>("server.path"),
    rules: config.get<Record<string, string>>("rules"),
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = readSettings();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = resolveServerPath(settings, context.extensionPath, folder, os.homedir());
  if ("error" in server) {
    output.appendLine(server.error);
    void vscode.window.showErrorMessage(server.error);
    return;
  }
  const { options, problems } = initializationOptions(settings);
  for (const p of problems) {
    output.appendLine(p);
    void vscode.window.showWarningMessage(`interview-lsp: ${p}`);
  }
  const serverOptions: ServerOptions = {
    command: server.path,
    args: ["server"],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown", pattern: "**/*.interview.md" },
      { scheme: "untitled", language: "markdown", pattern: "**/*.interview.md" },
    ],
    initializationOptions: options,
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: {
      configurationSection: "interviewLsp",
    },
  };
  client = new LanguageClient("interviewLsp", "interview-lsp", serverOptions, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("interview-lsp");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("interviewLsp.restartServer", async () => {
      await stop();
      await start(context);
    }),
    // The readiness lens carries this command; clicking it shows the line as a message.
    vscode.commands.registerCommand("interview-lsp.readiness", () => undefined),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("interviewLsp.server.path")) {
        await stop();
        await start(context);
      } else if (e.affectsConfiguration("interviewLsp.rules") && client) {
        const { options } = initializationOptions(readSettings());
        await client.sendNotification("workspace/didChangeConfiguration", { settings: options });
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
