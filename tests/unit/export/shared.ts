/** The briefs every format test prints. */
import { buildBrief, type Grouping } from '../../../common/export/brief';
import { ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';

export const briefOf = (grouping: Grouping = 'document') =>
  buildBrief({
    annotations: ANNOTATIONS,
    docs: DOCS,
    legend: LEGEND,
    grouping,
    title: 'Pacte mondial : notes de séance',
    date: BRIEF_DATE,
    scope: { description: 'All documents' },
  });
