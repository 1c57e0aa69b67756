import { t } from '../i18n';
import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import { type ColumnKey, type ColumnLayout, type ColumnMap, columnName } from './columns';
import { compileJudge, type Judge } from './compiled-judge';
import { type DayOrder, dayOf, detectDayOrder, hourOf } from './dates';
import { findHeader, HEADER_SEARCH_ROWS, notAnExport } from './header';
import { ExportProblem } from './problem';
import type { TeamReport } from './report';
import { type NonCompliantSink, Tally } from './tally';

export interface AuditOptions {
  map?: ColumnMap;
  playbooks: Record<Channel, Playbook>;
  now?: Date;
  /** Every non-compliant ticket, in file order (the report itself keeps only the first LIST_MAX). */
  onNonCompliant?: NonCompliantSink;
}

/** English dates may be day first or month first: the first rows' values decide, then judging starts. */
const DATE_SAMPLE_ROWS = 200;

interface Header {
  width: number;
  layout: ColumnLayout;
  judge?: Judge;
}

/**
 * Rows in, tallies out: finds the header among the first rows, then judges each row as it comes and
 * keeps only the tallies (memory does not grow with the file). Shared by CSV and XLSX.
 */
export class RowAudit {
  private header: Header | undefined;
  private readonly before: string[][] = [];
  private waiting: Array<[string[], number]> = [];
  private readonly tally: Tally;
  private readonly days = new Map<string, string | undefined>();
  private malformed = 0;
  private readonly malformedLines: number[] = [];
  private unreadable = 0;
  private readonly unreadableDates: string[] = [];

  constructor(
    private readonly options: AuditOptions,
    /** CSV rows must have the header's width; a spreadsheet leaves trailing empty cells out. */
    private readonly strictWidth: boolean,
  ) {
    this.tally = new Tally(options.onNonCompliant);
  }

  /** `line`: the row's number as a spreadsheet shows it (1 = the file's first row). */
  push(row: string[], line: number): void {
    if (isBlank(row)) return;
    const header = this.header;
    if (!header) {
      this.seek(row);
      return;
    }
    if (this.strictWidth && row.length !== header.width) {
      this.malformed++;
      if (this.malformedLines.length < 3) this.malformedLines.push(line);
      return;
    }
    if (header.judge) this.judgeRow(header.judge, row, line);
    else this.sample(header, row, line);
  }

  get tickets(): number {
    return this.tally.tickets;
  }

  finish(): { report: TeamReport; warnings: string[] } {
    if (!this.header) throw notAnExport();
    if (!this.header.judge) this.startJudging(this.header);
    if (this.tally.tickets === 0 && this.malformed === 0) throw new ExportProblem(t('team.headerOnly'));
    return { report: this.tally.report(), warnings: this.warnings() };
  }

  private seek(row: string[]): void {
    this.before.push(row);
    const found = findHeader([row], this.options.map);
    if (!found) {
      if (this.before.length >= HEADER_SEARCH_ROWS) throw notAnExport();
      return;
    }
    const { layout } = found;
    if (layout.missing.length) throw missingColumns(layout);
    this.header = { width: row.length, layout };
    if (!layout.englishDates) this.startJudging(this.header, 'dmy');
  }

  private sample(header: Header, row: string[], line: number): void {
    this.waiting.push([row, line]);
    if (this.waiting.length >= DATE_SAMPLE_ROWS) this.startJudging(header);
  }

  /** pt-BR captions: day first, always. English ones: what the first rows' values say, else month first. */
  private startJudging(header: Header, known?: DayOrder): void {
    const dateAt = header.layout.index.requestTime as number;
    const order =
      known ??
      detectDayOrder(
        this.waiting.map(([row]) => row[dateAt] ?? ''),
        'mdy',
      );
    const judge = compileJudge(header.layout, this.options.playbooks, order, this.options.now);
    header.judge = judge;
    const waiting = this.waiting;
    this.waiting = [];
    for (const [row, line] of waiting) this.judgeRow(judge, row, line);
  }

  private judgeRow(judge: Judge, row: string[], line: number): void {
    const raw = judge.rawDate(row);
    // Thousands of tickets share a day: the date part (≤ 10 characters) is read once.
    const dateKey = raw.slice(0, 10);
    let day = this.days.get(dateKey);
    if (day === undefined && !this.days.has(dateKey)) {
      day = dayOf(raw, judge.order);
      this.days.set(dateKey, day);
    }
    if (!day) {
      this.unreadable++;
      if (this.unreadableDates.length < 3)
        this.unreadableDates.push(t('teamFile.unreadableDate', [String(line), raw.slice(0, 40)]));
    }
    this.tally.add(judge.row(row, day, day ? hourOf(raw) : undefined));
  }

  private warnings(): string[] {
    const warnings: string[] = [];
    if (this.malformed)
      warnings.push(t('teamFile.malformedRows', [String(this.malformed), this.malformedLines.join(', ')]));
    if (this.unreadable)
      warnings.push(
        t('teamFile.unreadableDates', [String(this.unreadable), this.unreadableDates.join('; ')]),
      );
    return warnings;
  }
}

function isBlank(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if ((row[i] as string).trim()) return false;
  return true;
}

function missingColumns(layout: ColumnLayout): ExportProblem {
  const names = layout.missing.map(columnName).join(', ');
  const submitUser = layout.missing.includes('submitUser' as ColumnKey)
    ? ` ${t('team.missingSubmitUser')}`
    : '';
  return new ExportProblem(
    `${t('team.missingColumns', [names])}${submitUser}`,
    layout.missing,
    layout.unknown,
  );
}
