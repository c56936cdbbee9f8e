/**
 * The table view: a read-only webview beside the editor that draws tables 二, 三 and 四 of a report
 * as grids (rendered by ./tableHtml), follows the document's edits, and selects a cell's text in the
 * editor when it is clicked.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { Language } from './settings';
import { escapeHtml, parseRange, renderPage, renderTables, tableId } from './tableHtml';
import type { TableViewData } from './tableViewData';
import { tableViewText, type TableViewText } from './tableViewText';

/** Milliseconds after the last edit before the tables are asked for again. */
const DEBOUNCE_MS = 400;
const VIEW_TYPE = 'gkreport.tableView';

/** Asks the server for the tables of the document (its current version), or rejects with why not. */
export type TableRequest = (uri: string) => Promise<TableViewData>;

/** The language server as the table view needs it. */
export interface TableServer {
  /** Starts the server if needed; whether it answers `gkreport.tableView`. */
  supportsTables(): Promise<boolean>;
  request: TableRequest;
}

export class TableViewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, TableViewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly server: TableServer,
    private readonly language: () => Language,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('gkreport.language')) this.panels.forEach((panel) => panel.refresh(true));
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.panels.get(event.document.uri.toString())?.documentChanged()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // A change of language closes and reopens the document: only a document no longer open ends its view.
        const uri = document.uri.toString();
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri)) this.panels.get(uri)?.dispose();
      }),
    ];
  }

  /**
   * The command `gkreport.showTableView`: from a code lens with the document's URI and the table
   * (「表三」), or from the command palette for the active editor's report.
   */
  async command(uri?: unknown, table?: unknown): Promise<void> {
    const text = tableViewText(this.language());
    const document =
      typeof uri === 'string'
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)
        : vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'gkreport') {
      void vscode.window.showInformationMessage(text.notReport);
      return;
    }
    if (!(await this.server.supportsTables())) {
      void vscode.window.showWarningMessage(text.unsupported);
      return;
    }
    this.show(document, typeof table === 'string' ? table : undefined);
  }

  /** Opens (or reveals) the view of the document beside its editor, scrolled to the table. */
  private show(document: vscode.TextDocument, table?: string): void {
    const uri = document.uri.toString();
    let panel = this.panels.get(uri);
    if (!panel) {
      panel = new TableViewPanel(document, this.server.request, this.language, () => this.panels.delete(uri));
      this.panels.set(uri, panel);
    }
    panel.reveal(table);
  }

  dispose(): void {
    this.panels.forEach((panel) => panel.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

class TableViewPanel {
  private readonly panel: vscode.WebviewPanel;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly request: TableRequest,
    private readonly language: () => Language,
    private readonly onDispose: () => void,
  ) {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      this.text.title(basename(document.uri.path)),
      { viewColumn: column, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: true, localResourceRoots: [] },
    );
    this.panel.webview.onDidReceiveMessage((message) => void this.onMessage(message));
    this.panel.onDidDispose(() => this.dispose());
  }

  private get text(): TableViewText {
    return tableViewText(this.language());
  }

  reveal(table?: string): void {
    this.panel.reveal(undefined, true);
    this.refresh(true, table);
  }

  documentChanged(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(false), DEBOUNCE_MS);
  }

  /**
   * Asks for the tables and draws them: the whole page when {@code whole} (first time, language
   * changed), else only the tables, keeping the scroll position. An answer overtaken by a newer
   * request, or computed for an older version of the document, is dropped.
   */
  refresh(whole: boolean, table?: string): void {
    const generation = ++this.generation;
    const text = this.text;
    this.panel.title = text.title(basename(this.document.uri.path));
    this.request(this.document.uri.toString()).then(
      (data) => {
        if (this.disposed || generation !== this.generation) return;
        if (data.version !== null && data.version < this.document.version) {
          this.documentChanged(); // the server had not seen the last edit yet
          return;
        }
        this.draw(renderTables(data, text), whole, table);
      },
      (error: unknown) => {
        if (this.disposed || generation !== this.generation) return;
        const reason = error instanceof Error ? error.message : String(error);
        this.draw(`<p class="notice">${escapeHtml(reason)}</p>`, true);
      },
    );
  }

  private draw(body: string, whole: boolean, table?: string): void {
    const focus = table ? tableId(table) : undefined;
    if (whole) {
      const lang = this.language() === 'en' ? 'en' : 'zh-CN';
      const nonce = randomBytes(16).toString('base64');
      this.panel.webview.html = renderPage(body, { nonce, title: this.panel.title, lang, focus });
    } else {
      void this.panel.webview.postMessage({ type: 'update', html: body });
    }
  }

  /** A click on a cell, label or relation: select its text in the report's editor. */
  private async onMessage(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return;
    const { type, range } = message as { type?: unknown; range?: unknown };
    if (type !== 'reveal' || typeof range !== 'string') return;
    const r = parseRange(range);
    if (!r) return;
    const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection,
      preserveFocus: false,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    this.panel.dispose();
  }
}

