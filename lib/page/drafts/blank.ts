import type { Draft } from '../../core/drafts/draft';

/** What a ticket nobody worked on yet starts from (its own module: the content script carries no zod). */
export const BLANK_DRAFT: Draft = { typed: { data: {} }, updatedAt: 0 };
