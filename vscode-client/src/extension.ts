/** The VS Code face of gkreport: starts the language server and passes its features through. */
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, RevealOutputChannelOn } from 'vscode-languageclient/node';
import { classArchiveArgs } from './classArchive';
import {
  IMPORTABLE,
  importedName,
  matchesReportGlobs,
  mayRecognise,
  reportHead,
  toSearchGlob,
  worthAsking,
} from './files';
import { findJava, serverArgs } from './java';
import { rulePreviewLink, SHOW_RULE } from './ruleLinks';
import { messages, type FolderCheckResult, type Messages, type ReportInfo } from './messages';
import { toLanguage, toServerSettings, type ServerSettings } from './settings';
import { TableViewPanels } from './tableView';
import type { TableViewData } from './tableViewData';

const LANGUAGE = 'gkreport';
const SECTION = 'gkreport';
/** Commands the server may list in `executeCommandProvider.commands`. */
const SERVER_IMPORT_DOCX = 'gkreport.importDocx';
const SERVER_REPORT_INFO = 'gkreport.reportInfo';
const SERVER_CHECK_FOLDER = 'gkreport.checkFolder';
const SERVER_IS_REPORT = 'gkreport.isReport';
const SERVER_TABLE_VIEW = 'gkreport.tableView';
/** Settings the server reads; a change is sent to it as `workspace/didChangeConfiguration`. */
const SERVER_SETTINGS = ['language', 'rules', 'run'].map((key) => `${SECTION}.${key}`);

let extension: GkreportExtension | undefined;

export function activate(context: vscode.ExtensionContext): void {
  extension = new GkreportExtension(context);
}

export async function deactivate(): Promise<void> {
  await extension?.stopServer();
}

class GkreportExtension {
  private readonly output = vscode.window.createOutputChannel('gkreport', { log: true });
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private statusRequest = 0;
  /** Whether a server was started in this window: only the first may make the class archive. */
  private archiveTried = false;
  /** Open documents switched to `gkreport`, or asked about, once; a user who switches one back is not overruled. */
  private readonly detected = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = 'gkreport';
    this.status.command = 'workbench.actions.view.problems';
    context.subscriptions.push(
      this.output,
      this.status,
      vscode.commands.registerCommand('gkreport.checkCurrentFile', () => this.checkCurrentFile()),
      vscode.commands.registerCommand('gkreport.importDocxFile', () => this.importDocx()),
      vscode.commands.registerCommand('gkreport.checkWorkspace', () => this.checkWorkspace()),
      vscode.commands.registerCommand('gkreport.restartServer', () => this.restartServer()),
      vscode.commands.registerCommand('gkreport.showOutput', () => this.output.show(true)),
      vscode.commands.registerCommand(SHOW_RULE, (page: string) =>
        vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(page)),
      ),
      vscode.workspace.onDidOpenTextDocument((document) => this.onDidOpen(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onDidClose(document)),
      vscode.workspace.onDidChangeConfiguration((event) => this.onDidChangeConfiguration(event)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.updateStatus()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) void this.updateStatus();
      }),
    );
    const tables = new TableViewPanels(
      {
        supportsTables: async () => (await this.ensureServer()) !== undefined && this.serverHas(SERVER_TABLE_VIEW),
        request: async (uri) => {
          const client = await this.ensureServer();
          if (!client) throw new Error(this.text.serverFailed(''));
          return this.executeOnServer<TableViewData>(client, SERVER_TABLE_VIEW, [uri]);
        },
      },
      () => toLanguage(this.config.get('language')),
    );
    context.subscriptions.push(
      tables,
      vscode.commands.registerCommand('gkreport.showTableView', (uri?: unknown, table?: unknown) => tables.command(uri, table)),
    );
    vscode.workspace.textDocuments.forEach((document) => this.onDidOpen(document));
    void this.updateStatus();
  }

  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  private get text(): Messages {
    return messages(toLanguage(this.config.get('language')));
  }

  private serverSettings(): ServerSettings {
    const config = this.config;
    return toServerSettings({ language: config.get('language'), rules: config.get('rules'), run: config.get('run') });
  }

  /** Reports open as language `gkreport` by name (`gkreport.files`); other `.txt`/`.md` files if the server says so. */
  private isReportByName(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file' || !['plaintext', 'markdown'].includes(document.languageId)) return false;
    const globs = this.config.get<string[]>('files', []);
    return matchesReportGlobs(vscode.workspace.asRelativePath(document.uri, false), globs);
  }

  private onDidOpen(document: vscode.TextDocument): void {
    if (document === vscode.window.activeTextEditor?.document) void this.updateStatus(); // its language changed
    const uri = document.uri.toString();
    if (document.languageId === LANGUAGE) {
      void this.ensureServer();
    } else if (this.detected.has(uri)) {
      return;
    } else if (this.isReportByName(document)) {
      this.detected.add(uri);
      void vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
    } else if (document.uri.scheme === 'file' && mayRecognise(document.fileName, document.languageId)) {
      this.detected.add(uri); // asked once while open
      void this.recogniseByContent(document);
    }
  }

  /** Asks the server whether the document is a report (`gkreport.isReport`, its one definition) and switches it if so. */
  private async recogniseByContent(document: vscode.TextDocument): Promise<void> {
    const head = reportHead(document.getText());
    if (!worthAsking(head)) return;
    const client = await this.ensureServer();
    if (!client || !this.serverHas(SERVER_IS_REPORT)) return;
    try {
      const isReport = await this.executeOnServer<boolean>(client, SERVER_IS_REPORT, [head]);
      if (isReport && !document.isClosed && mayRecognise(document.fileName, document.languageId)) {
        await vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
      }
    } catch (error) {
      this.output.warn(`${SERVER_IS_REPORT}: ${String(error)}`);
    }
  }

  /** A change of language also closes and reopens the document, but it stays in `textDocuments`. */
  private onDidClose(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (!vscode.workspace.textDocuments.some((open) => open.uri.toString() === uri)) this.detected.delete(uri);
  }

  private onDidChangeConfiguration(event: vscode.ConfigurationChangeEvent): void {
    if (event.affectsConfiguration(`${SECTION}.java.home`)) {
      if (this.starting) void this.restartServer();
    } else if (this.client && SERVER_SETTINGS.some((key) => event.affectsConfiguration(key))) {
      void this.client.sendNotification('workspace/didChangeConfiguration', {
        settings: { [SECTION]: this.serverSettings() },
      });
    }
    if (event.affectsConfiguration(`${SECTION}.files`)) {
      this.detected.clear();
      vscode.workspace.textDocuments.forEach((document) => this.onDidOpen(document));
    }
  }

  private ensureServer(): Promise<LanguageClient | undefined> {
    this.starting ??= this.startServer();
    return this.starting;
  }

  private async startServer(): Promise<LanguageClient | undefined> {
    const text = this.text;
    const java = await findJava(this.config.get('java.home'), process.env);
    if (!java.found) {
      const message = text.javaMissing(java.tried);
      this.output.error(message);
      void vscode.window.showErrorMessage(message, text.openSettings, text.showOutput).then((choice) => {
        if (choice === text.openSettings) {
          void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.java.home`);
        } else if (choice === text.showOutput) {
          this.output.show(true);
        }
      });
      return undefined;
    }
    this.output.info(text.javaFound(java.version, java.source, java.path));
    const jar = this.context.asAbsolutePath(join('server', 'gkreport.jar'));
    const archive = classArchiveArgs(jar, this.context.globalStorageUri.fsPath, !this.archiveTried);
    this.archiveTried = true;
    const client = new LanguageClient(
      LANGUAGE,
      'gkreport',
      {
        command: java.path,
        args: serverArgs(jar, archive),
        // Detached: on stop the client sends shutdown and exit and lets the server end by itself (writing the
        // class archive, on a first start) instead of killing it after two seconds. The server watches the
        // editor's process and ends with it. Not on Windows, where a detached process gets a console window.
        options: { detached: process.platform !== 'win32' },
      },
      {
        documentSelector: [{ language: LANGUAGE }],
        middleware: {
          handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withRulePreview)),
        },
        outputChannel: this.output,
        revealOutputChannelOn: RevealOutputChannelOn.Never,
        // storagePath: where the server remembers the folders checked, to check them again after a restart.
        initializationOptions: () => ({ ...this.serverSettings(), storagePath: this.context.storageUri?.fsPath }),
      },
    );
    try {
      await client.start();
    } catch (error) {
      void vscode.window.showErrorMessage(text.serverFailed(String(error)), text.showOutput).then((choice) => {
        if (choice) this.output.show(true);
      });
      return undefined;
    }
    this.client = client;
    void vscode.commands.executeCommand('setContext', 'gkreport.serverStarted', true);
    void vscode.commands.executeCommand('setContext', 'gkreport.canImportDocx', this.serverHas(SERVER_IMPORT_DOCX));
    void this.updateStatus();
    return client;
  }

  async stopServer(): Promise<void> {
    const client = await this.starting; // a start under way finishes first
    this.starting = undefined;
    this.client = undefined;
    await client?.stop();
  }

  private async restartServer(): Promise<void> {
    await this.stopServer();
    await this.ensureServer();
  }

  private serverHas(command: string): boolean {
    return this.client?.initializeResult?.capabilities.executeCommandProvider?.commands.includes(command) ?? false;
  }

  private executeOnServer<T>(client: LanguageClient, command: string, args: unknown[]): Promise<T> {
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
  }

  private async checkCurrentFile(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(this.text.noEditor);
      return;
    }
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
  }

  private async importDocx(): Promise<void> {
    const text = this.text;
    const client = await this.ensureServer();
    if (!client) return;
    if (!this.serverHas(SERVER_IMPORT_DOCX)) {
      void vscode.window.showWarningMessage(text.importUnsupported);
      return;
    }
    const [file] =
      (await vscode.window.showOpenDialog({
        canSelectMany: false,
        title: text.importTitle,
        openLabel: text.importLabel,
        filters: { [text.reportDocuments]: IMPORTABLE },
      })) ?? [];
    if (!file) return;
    try {
      const content = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: text.importing(basename(file.fsPath)) },
        () => this.executeOnServer<string>(client, SERVER_IMPORT_DOCX, [file.fsPath]),
      );
      await this.openImported(file, content);
    } catch (error) {
      void vscode.window.showErrorMessage(String(error));
    }
  }

  /** The imported text in a new, unsaved document named after the file it came from (「报告.pdf」 → 「报告.md」). */
  private async openImported(source: vscode.Uri, content: string): Promise<void> {
    const name = importedName(basename(source.fsPath));
    const target = vscode.Uri.joinPath(source, '..', name).with({ scheme: 'untitled' });
    const document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(0, 0, document.lineCount, 0), content);
    await vscode.workspace.applyEdit(edit);
    await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, LANGUAGE));
  }

  /** Opens every report of a folder so the server publishes its findings (or lets the server do it). */
  private async checkWorkspace(): Promise<void> {
    const text = this.text;
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder =
      folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: text.pickFolder });
    const client = folder && (await this.ensureServer());
    if (!folder || !client) return;
    if (this.serverHas(SERVER_CHECK_FOLDER)) {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: text.checkingFolder(folder.name) },
        () => this.executeOnServer<FolderCheckResult>(client, SERVER_CHECK_FOLDER, [folder.uri.fsPath]),
      );
      void vscode.window.showInformationMessage(text.folderChecked(result));
    } else {
      const globs = this.config.get<string[]>('files', []);
      const found = await Promise.all(
        globs.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, toSearchGlob(glob)))),
      );
      const uris = [...new Map(found.flat().map((uri) => [uri.toString(), uri])).values()];
      for (const uri of uris) {
        const document = await vscode.workspace.openTextDocument(uri);
        if (document.languageId !== LANGUAGE) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
      }
      void vscode.window.showInformationMessage(text.checked(uris.length));
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /** Status bar: the open report's year, format and error count. */
  private async updateStatus(): Promise<void> {
    const request = ++this.statusRequest;
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE) {
      this.status.hide();
      return;
    }
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gkreport');
    let info: ReportInfo = {
      errors: findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
    };
    if (this.client && this.serverHas(SERVER_REPORT_INFO)) {
      try {
        info = await this.executeOnServer<ReportInfo>(this.client, SERVER_REPORT_INFO, [document.uri.toString()]);
      } catch (error) {
        this.output.warn(`${SERVER_REPORT_INFO}: ${String(error)}`);
      }
    }
    if (request !== this.statusRequest) return;
    this.status.text = `$(checklist) ${this.text.status(info)}`;
    this.status.tooltip = this.text.statusTooltip;
    this.status.show();
  }
}

/** The diagnostic with its rule link opening the rule's page as a rendered preview. */
function withRulePreview(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code !== 'object' || !code.target) return diagnostic;
  diagnostic.code = { value: code.value, target: vscode.Uri.parse(rulePreviewLink(code.target.toString()), true) };
  return diagnostic;
}
