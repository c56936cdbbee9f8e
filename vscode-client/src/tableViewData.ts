/** What the server's `gkreport.tableView` answers (see docs/lsp.md): tables 二, 三 and 四 as grids. */

/** An LSP position: 0-based line, UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TableViewData {
  uri: string;
  /** The document version the answer was computed for; `null` for a file read from disk. */
  version: number | null;
  year: number | null;
  template: '2019' | '2021' | null;
  tables: TableData[];
}

export type TableName = '表二' | '表三' | '表四';

export interface TableData {
  table: TableName;
  /** 「表三」, or 「Table 3」 in English. */
  name: string;
  status: 'read' | 'unreadable' | 'missing';
  range: Range | null;
  caption: { text: string; range: Range } | null;
  /** Why the table could not be read (status `unreadable`). */
  reason?: string;
  blocks: BlockData[];
  relations: RelationData[];
}

export interface BlockData {
  caption: string | null;
  captionRange: Range | null;
  /** The header over the row labels; `null` when the rows have no labels (table 四). */
  labelHeader: string | null;
  /** Each column's header, outermost group first. */
  columns: string[][];
  rows: RowData[];
}

export interface RowData {
  key: string | null;
  label: string;
  written: string;
  /** The merged group cells on the row's left, outermost first. */
  groups: string[];
  unknown: boolean;
  labelMissing: boolean;
  range: Range;
  labelRange: Range;
  extraCells: number;
  cells: CellData[];
}

export interface CellData {
  /** As written; `null` when the row has no cell for this column. */
  text: string | null;
  number: number | null;
  blank: boolean;
  merged: boolean;
  absent: boolean;
  range: Range;
  /** Indexes into the table's relations. */
  relations: number[];
  total: boolean;
  broken: boolean;
}

export interface CellRef {
  block: number;
  row: number;
  column: number;
}

export interface RelationData {
  kind: 'T3-balance' | 'T3-total-row' | 'T3-total-col' | 'T4-total';
  scope: string;
  /** `null` when a cell of it holds no number. */
  holds: boolean | null;
  /** The sum of the totals as written. */
  written: string | null;
  /** The sum of the parts. */
  computed: string | null;
  status: string;
  description: string;
  parts: CellRef[];
  totals: CellRef[];
}
