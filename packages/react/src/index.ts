'use client';
export * from './provider/index';
