'use client';
export * from './provider/index';
export * from './key-result-progress/index';
export * from './format/index';
export * from './objective-card/index';
export * from './check-in-dialog/index';
export * from './alignment-tree/index';
export * from './weekly-report/index';
