import { storage } from '@wxt-dev/storage';
import type { ColumnMap } from '../../../core/team-audit/columns';

/** The lead's answers for captions SysAid wrote differently: captions only, never file content. */
export const columnMapItem = storage.defineItem<ColumnMap>('local:teamAuditColumns', { fallback: {} });
