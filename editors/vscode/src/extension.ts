// The VS Code client of `tfcomply lsp`. All analysis happens in the server; this file only
// starts it with the user's settings and restarts it when they change, because the binary
// path and the config file are fixed for the life of a server process.

import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// The name doubles as the settings prefix: vscode-languageclient reads
// `<id>.trace.server` for its message tracing, hence the `tfcomply` id.
const CLIENT_ID = "tfcomply";
const CLIENT_NAME = "tfcomply";

// Terraform files whatever language id another extension gives them (or none): matching by
// pattern keeps tfcomply working without a Terraform extension installed.
const DOCUMENTS = [{ scheme: "file", pattern: "**/*.{tf,tf.json,tfvars,tfvars.json}" }];

// Settings whose change needs a new server process. `trace.server` is left out: the client
// applies it to the running connection.
const RESTART_SETTINGS = ["tfcomply.path", "tfcomply.configFile"];

function createClient(): LanguageClient {
  const settings = vscode.workspace.getConfiguration("tfcomply");
  const command = settings.get<string>("path") || "tfcomply";
  const configFile = settings.get<string>("configFile") || undefined;

  // The same command serves run and debug: there is no separate debug build of the server.
  const executable = { command, args: ["lsp"], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: executable, debug: executable };

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENTS,
    // One config file for every module instead of each module's .tfcomply.toml; a relative
    // path is taken from the first workspace folder.
    initializationOptions: configFile ? { configFile } : {},
    // A .tfcomply.toml edited outside the open documents changes the findings too.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/.tfcomply.toml"),
    },
  };

  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

async function start(): Promise<void> {
  client = createClient();
  try {
    await client.start();
  } catch (err) {
    // Most often the binary is missing: say which setting to fix rather than leave only a
    // stack in the output channel.
    const command = vscode.workspace.getConfiguration("tfcomply").get<string>("path");
    void vscode.window.showErrorMessage(
      `tfcomply: could not start "${command} lsp" (${String(err)}). ` +
        "Install tfcomply or set tfcomply.path.",
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch {
      // A client whose server never started has nothing to stop; a restart after fixing
      // tfcomply.path must still go ahead.
    }
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("tfcomply.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
        void restart();
      }
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}
