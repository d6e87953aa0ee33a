import type { IsoWeek } from '@okrkit/core';

export declare function weeklyReportId(authorId: string, week: IsoWeek): string;
