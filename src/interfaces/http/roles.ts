/**
 * Who may do what. A key carries one role; each API call names the action it needs. The table is
 * the whole policy: tests walk it and prove every denial.
 */
export const ROLES = ['officer', 'batch', 'translator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const ACTIONS = {
  /** GET /api/letters, GET /api/letters/{type}/samples: no personal data. */
  catalogue: ['officer', 'batch', 'translator', 'admin'],
  /** POST /api/letters/{type}/validate */
  validate: ['officer', 'batch', 'admin'],
  /** POST /api/letters/{type}/preview with `data` (personal data), and …/documents (what will be sent). Translators preview samples only. */
  preview: ['officer', 'admin'],
  /** POST /api/letters/{type}/preview with `sample`: invented people only. */
  previewSample: ['officer', 'translator', 'admin'],
  /** POST /api/letters/{type}/render: a letter leaves the service and is journalled. */
  render: ['officer', 'batch', 'admin'],
  /** GET /api/journal?case=…, GET /api/journal/{id} (a sent letter with its input) */
  journalRead: ['officer', 'admin'],
  /**
   * GET /api/journal/{id}/pdf: re-renders a journalled letter. An officer finds a sent letter again by case number
   * (issue 14); the stored input they may read already holds every fact the PDF shows, so re-rendering reveals nothing new.
   */
  journalRerender: ['officer', 'admin'],
  /** GET /metrics */
  metrics: ['admin'],
  /** /api/translations: the translator view (strings side by side, XLIFF download, import check, preview with an XLIFF). */
  translations: ['translator', 'admin'],
  /** Batch runs (mounted by the batch module). */
  batch: ['batch', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export const may = (role: Role, action: Action): boolean => (ACTIONS[action] as readonly Role[]).includes(role);
